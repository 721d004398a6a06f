fn main() {
    println!("dateline");
}
