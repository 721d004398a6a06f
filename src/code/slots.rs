//! Filling a pattern's slots: the subject of a verb's clause (through
//! relatives, appositions, conjoined verbs, passives and reported
//! speech), and the match of a pattern's words and actor slots.
//!
//! Takes a chunked sentence and a verb candidate; gives the actor phrase
//! that is the verb's source and where each pattern step matched.
//! Invariant: a slot is only filled from the verb's own clause segment,
//! save where the clause structure says the subject lies outside it.

use super::*;

impl Coder {
    /// The subject of the verb at token `head` in segment `seg`: the
    /// nearest actor to its left that is not inside a prepositional phrase,
    /// without crossing another verb or a comma after substantial words; a
    /// verb right after "and" or a comma shares the previous verb's subject.
    pub(super) fn find_subject(
        &self,
        sn: &Sent<'_>,
        head: usize,
        seg: usize,
        subjects: &mut [Option<usize>],
    ) -> Option<usize> {
        let Sent {
            lx,
            nps,
            np_at,
            cands,
            clauses,
            finite,
            ..
        } = sn;
        let s = clauses.segs[seg];
        // ("Arriving in Seoul on Friday from Tokyo, U.S. Secretary of State
        // Rex Tillerson said …": a participle opening the sentence is the
        // act of the subject after its comma; grid ba.)
        if head == 0
            && cands
                .iter()
                .any(|c| c.start == 0 && c.form == Form::Ing && !c.nominal)
            && let Some(comma) = (1..lx.len().min(16)).find(|&t| lx.is_punct(t, ","))
            && comma + 1 < lx.len()
            && let Some(ni) = np_at[comma + 1]
            && nps[ni as usize].start == comma + 1
            && nps[ni as usize].kind == NpKind::Actor
            && !nps[ni as usize].codes.is_empty()
            && cands
                .iter()
                .any(|c| c.start == nps[ni as usize].end && !c.nominal && !c.infinitive)
        {
            return Some(ni as usize);
        }
        if let Some(agent) = after_passive(sn, head, seg) {
            return agent;
        }
        // ("'… (Soviets have bought) but we think it could be as high as
        // 3.5 mln tonnes,' Amstutz told a House subcommittee": a name no
        // dictionary knows between a closing quote and the verb is the
        // speaker, unknown; nothing inside the quote stands for it;
        // Reuters-21578 sample.)
        let mut k = head;
        while k > s.start
            && lx.kind(k - 1) == TokenKind::Word
            && lx.capitalized(k - 1)
            && np_at[k - 1].is_none()
            && head - k < 3
        {
            k -= 1;
        }
        // (A quote closed on its punctuation only: a nickname in quotes,
        // "Jimmy 'Barbecue' Cherizier", is part of a name.)
        if k < head
            && k >= 2
            && lx.is_quote(k - 1)
            && matches!(lx.norm(k - 2), "," | "." | "?" | "!")
        {
            return None;
        }
        // ("Malaysia's Anwar brokered a ceasefire": a name no dictionary
        // knows, owned by a state, is one of that state's people; the
        // state stands for them; issue 4, probe sentences.)
        if k < head
            && k > s.start + 1
            && lx.kind(k - 1) == TokenKind::Possessive
            && let Some(ni) = np_at[k - 2]
            && let np = &nps[ni as usize]
            && np.end == k - 1
            && np.kind == NpKind::Actor
            && let [code] = &np.codes[..]
            && self.dicts.actors.is_country(code)
        {
            return Some(ni as usize);
        }
        // ("protesters angry at fuel prices stormed government buildings":
        // the subject before an adjective of feeling and what it is about;
        // issue 4, grids ak, aw, az.)
        if let Some(adj) = (head.saturating_sub(10).max(s.start + 1)..head).find(|&t| {
            is_feeling(lx.norm(t))
                && t + 1 < head
                && matches!(lx.norm(t + 1), "at" | "over" | "about" | "with" | "by")
        }) && (adj + 2..head).all(|t| {
            lx.kind(t) == TokenKind::Word && !cands.iter().any(|c| c.start == t && !c.nominal)
        }) && let Some(ni) = np_at[adj - 1]
            && nps[ni as usize].end == adj
            && nps[ni as usize].kind == NpKind::Actor
            && !nps[ni as usize].codes.is_empty()
        {
            return Some(ni as usize);
        }
        // ("Two Iranian men suspected of attacking the Israeli embassy
        // were arrested by Thai police": the phrase the suspicion hangs on
        // is the subject, not what its gerund names; Reuters-21578
        // sample.)
        if let Some(sus) = (head.saturating_sub(12).max(s.start + 1)..head).find(|&t| {
            matches!(
                lx.norm(t),
                "suspected" | "accused" | "charged" | "convicted" | "wanted"
            ) && t + 1 < head
                && lx.norm(t + 1) == "of"
        }) && (sus + 2..head)
            .all(|t| !finite[t] && !lx.is(t, cat::CONJ) && lx.kind(t) != TokenKind::Punct)
            && !lx.norm(head).ends_with("ing")
            && let Some(ni) = np_at[sus - 1].or_else(|| {
                (sus >= 2
                    && lx.kind(sus - 1) == TokenKind::Word
                    && !lx.capitalized(sus - 1)
                    && !lx.is(sus - 1, cat::DET | cat::PREP | cat::CONJ))
                .then(|| np_at[sus - 2])
                .flatten()
            })
            && nps[ni as usize].kind == NpKind::Actor
            && !nps[ni as usize].codes.is_empty()
        {
            return Some(ni as usize);
        }
        // "Thailand and Cambodia recalled their ambassadors, each accusing
        // the other": the participle an "each" leads is of the clause's
        // subject, member by member (issue 4, grid ak).
        if head >= 2
            && lx.norm(head - 1) == "each"
            && lx.is_punct(head - 2, ",")
            && let Some(ci) = cands.iter().rposition(|c| {
                c.end <= head - 2 && !c.nominal && !c.infinitive && c.form != Form::Ing
            })
            && let Some(subject) = subjects[ci]
        {
            return Some(subject);
        }
        // "fired rubber bullets at crowds protesting Lukashenko's
        // re-election": a protest participle's subject is the actors it
        // follows.
        if head > 0
            && let Some(ni) = np_at[head - 1]
            && nps[ni as usize].end == head
            && nps[ni as usize].kind == NpKind::Actor
            && !nps[ni as usize].codes.is_empty()
            && cands.iter().any(|c| {
                c.start == head
                    && c.form == Form::Ing
                    && !c.nominal
                    && c.blocks.iter().any(|&b| {
                        // ("diverted to contra rebels fighting the
                        // Nicaraguan government": so is a force one's,
                        // a reduced relative; Reuters-21578.)
                        self.protest_blocks[b as usize] || self.force_blocks[b as usize]
                    })
                    // ("at protesters blocking a main highway": so is a
                    // crowd's blockade; issue 4, grids be, bf, az.)
                    || lx.norm(head) == "blocking"
                        && matches!(&nps[ni as usize].codes[..], [c] if matches!(c.as_str(), "OPP" | "CVL" | "EDU" | "AGR" | "LAB"))
            })
        {
            return Some(ni as usize);
        }
        // "days after quakes killed more than 2,000 people": a disaster
        // right before the verb is its subject, no actor behind it (issue
        // 4, grid j).
        if head > s.start && is_disaster_noun(lx.norm(head - 1)) {
            return None;
        }
        // ("when a magnitude 7.8 earthquake struck Nepal, flattening
        // buildings in Kathmandu": so of the participle after its verb;
        // grid c.)
        if head > 1
            && lx.is_punct(head - 1, ",")
            && cands.iter().any(|c| c.start == head && c.form == Form::Ing)
            && let Some(p) = cands
                .iter()
                .rev()
                .find(|c| c.end < head && !c.nominal && !c.infinitive && c.form != Form::Ing)
            && p.start > 0
            && is_disaster_noun(lx.norm(p.start - 1))
        {
            return None;
        }
        // ("A magnitude 7.7 earthquake that struck central Myanmar has
        // killed more than 1,600 people": so is one a relative clause
        // parts from its verb; issue 4, grid w.)
        // (The relative word first: a flag test, on every call.)
        if let Some(d) = (1..head)
            .find(|&t| {
                lx.is(t, cat::REL)
                    && matches!(lx.norm(t), "that" | "which")
                    && is_disaster_noun(lx.norm(t - 1))
                    && np_at[t - 1].is_none()
            })
            .map(|t| t - 1)
            && !(0..d).any(|t| np_at[t].is_some_and(|ni| nps[ni as usize].kind == NpKind::Actor))
        {
            return None;
        }
        // "Fighting between troops loyal to Kiir and forces backing Machar
        // killed 272 people": a gerund opening the sentence is the subject
        // of its first verb; the actors inside its phrase are not (issue 4,
        // grids e, h).
        // ("Clashes between rival armed groups in the Libyan capital
        // Tripoli killed at least 32 people": so is a noun of violence;
        // issue 4, grid aa.)
        let violence_noun = matches!(
            lx.norm(0),
            "clashes" | "violence" | "unrest" | "riots" | "explosions" | "blasts"
        );
        if s.start == 0
            && head > 2
            && (lx.norm(0).ends_with("ing") || violence_noun)
            && lx.is(1, cat::PREP)
            && lx.norm(1) != "by"
            && !(1..head).any(|t| lx.is_punct(t, ",") || lx.is(t, cat::SUB | cat::REL))
            && (violence_noun || cands.iter().any(|c| c.start == 0 && c.form == Form::Ing))
            && !cands.iter().any(|c| {
                c.start > 0 && c.start < head && !c.nominal && !c.infinitive && c.form != Form::Ing
            })
        {
            return None;
        }
        // "Egypt said the dam violated international law and warned
        // Ethiopia that …": a speech act joined by "and" in what a speaker
        // says, whose clause names no actor before it, is the speaker's own
        // (issue 4, grid w).
        if let SegKind::Complement { reporter } = s.kind
            && (joined_by_and(lx, head) || comma_and_before(lx, head))
            && cands.iter().any(|c| {
                c.start == head
                    && !c.nominal
                    && self.lemma_is(c, |l| {
                        matches!(
                            l,
                            "warn"
                                | "accuse"
                                | "urge"
                                | "demand"
                                | "vow"
                                | "threaten"
                                | "condemn"
                                | "criticize"
                                | "reject"
                                | "deny"
                                | "pledge"
                        )
                    })
            })
        {
            let none_before = !(s.start..head).any(|t| {
                np_at[t].is_some_and(|ni| {
                    let np = &nps[ni as usize];
                    np.kind != NpKind::Actor || !np.modifier && !np.possessive_only
                })
            });
            // "Lukashenko said Putin had promised to help Belarus, and
            // accused NATO of massing forces": after ", and" a speech act
            // is the speaker's own, when there is a speaker (issue 4,
            // grid h).
            // ("Erdogan said Turkey would never declare a ceasefire and
            // rejected U.S. calls": a past form cannot be joined to a modal's
            // bare verb; it is the speaker's; issue 4, grid f.)
            let head_ed = cands
                .iter()
                .any(|c| c.start == head && !c.nominal && c.form == Form::Ed);
            let tense_break = head_ed
                && cands[reporter].form == Form::Ed
                && cands
                    .iter()
                    .rev()
                    .find(|c| c.end <= head && c.start >= s.start && !c.nominal && !c.infinitive)
                    .is_some_and(|c| {
                        c.form == Form::Base && c.start > 0 && modal_before(lx, s.start, c.start)
                    });
            // ("Merkel said tests had shown proof that Navalny was
            // poisoned, and called on Russia to explain": nor one whose
            // clause opens with no actor for subject; issue 4, grid ag.)
            let mut k = s.start;
            if k < head && lx.norm(k) == "that" {
                k += 1;
            }
            let thing_subject = k < head && np_at[k].is_none() && !lx.is(k, cat::PRON_SUBJECT);
            if none_before || comma_and_before(lx, head) || tense_break || thing_subject {
                let r = &cands[reporter];
                let speaker = subjects[reporter]
                    .or_else(|| self.find_subject(sn, r.start, clauses.seg_of(r.start), subjects));
                if none_before || speaker.is_some() {
                    return speaker;
                }
            }
        }
        // "Caracas responded by expelling …": the means shares the subject
        // of the verb it serves.
        // So it does past adverbials: "China hit back within hours on
        // Wednesday by announcing tariffs".
        if head > s.start + 1
            && lx.norm(head - 1) == "by"
            && lx.norm(head).ends_with("ing")
            && let Some((pi, p)) = cands
                .iter()
                .enumerate()
                .rev()
                .find(|(_, c)| c.end < head && !c.nominal && !c.infinitive)
            && (p.end == head - 1
                || clauses.seg_of(p.start) == seg
                    && (p.end..head - 1).all(|t| {
                        lx.is(t, cat::PREP | cat::TIME | cat::DET | cat::PARTICLE)
                            || lx.kind(t) == TokenKind::Number
                            || is_adverb(lx, t)
                    })
                // ("opened the climate talks by urging the United States":
                // past the verb's own object too; issue 4, grid f.)
                || clauses.seg_of(p.start) == seg
                    && head - 1 - p.end <= 6
                    && (p.end..head - 1).all(|t| {
                        lx.kind(t) == TokenKind::Word
                            && !lx.is(t, cat::SUB | cat::REL | cat::CONJ | cat::AUX)
                            && np_at[t].is_none_or(|ni| nps[ni as usize].kind != NpKind::Actor)
                            && !cands.iter().any(|c| c.start == t && !c.nominal)
                    }))
        {
            return subjects[pi].or_else(|| self.find_subject(sn, p.start, seg, subjects));
        }
        // "walked out of the chamber after denouncing the council", "left
        // Vienna after meeting the IAEA chief": a participial clause of time
        // shares the subject of the verb before it, not the nearest actor.
        // ("Putin and Erdogan called for a ceasefire in Libya, after
        // meeting in Istanbul": so past a comma, where the participle opens
        // a clause of its own; issue 4, grid bd.)
        let after_comma = head >= 2 && s.start == head - 1 && lx.is_punct(head - 2, ",");
        if (head > s.start + 1 || after_comma)
            && matches!(
                lx.norm(head - 1),
                "after" | "before" | "while" | "since" | "upon" | "without"
            )
            && lx.norm(head).ends_with("ing")
            && let Some((pi, p)) = cands.iter().enumerate().rev().find(|(_, c)| {
                c.end < head
                    && !c.nominal
                    && !c.infinitive
                    && (clauses.seg_of(c.start) == seg || after_comma && c.form != Form::Ing)
            })
        {
            let at = clauses.seg_of(p.start);
            return subjects[pi].or_else(|| self.find_subject(sn, p.start, at, subjects));
        }
        // "France joined Britain in condemning Moscow": the one who joins
        // does what it joins in, not the one joined.
        if head > s.start + 1
            && super::joined_in(lx, head - 1)
            && lx.norm(head).ends_with("ing")
            && let Some((pi, p)) =
                cands.iter().enumerate().rev().find(|(_, c)| {
                    c.end < head && !c.nominal && super::is_join_form(lx.norm(c.start))
                })
        {
            let at = clauses.seg_of(p.start);
            return subjects[pi].or_else(|| self.find_subject(sn, p.start, at, subjects));
        }
        // "carried out air strikes inside Afghanistan on Monday targeting
        // hideouts …": a participle after the day that ends a verb's
        // phrase shares that verb's subject.
        if head > s.start + 1
            && lx.norm(head).ends_with("ing")
            && day_before_participle(lx, head)
            && let Some((pi, p)) = cands
                .iter()
                .enumerate()
                .rev()
                .find(|(_, c)| c.end < head && !c.nominal && !c.infinitive)
            && clauses.seg_of(p.start) == seg
        {
            return subjects[pi].or_else(|| self.find_subject(sn, p.start, seg, subjects));
        }
        // "Pakistan began deporting Afghans", "kept shelling the town": an
        // aspect verb's -ing form shares its subject.
        if head > s.start
            && is_aspect(lx.norm(head - 1))
            && lx.norm(head).ends_with("ing")
            && let Some((pi, p)) = cands
                .iter()
                .enumerate()
                .find(|(_, c)| c.end == head && !c.nominal && !c.infinitive)
        {
            return subjects[pi].or_else(|| self.find_subject(sn, p.start, seg, subjects));
        }
        // ("vowing to keep fighting until the RSF was crushed": so does
        // one after "to keep" or "to continue", the subject of the verb
        // governing it; issue 4, grid w.)
        if head > s.start + 1
            && matches!(lx.norm(head - 1), "keep" | "continue")
            && lx.norm(head - 2) == "to"
            && lx.norm(head).ends_with("ing")
            && let Some((pi, p)) = cands
                .iter()
                .enumerate()
                .find(|(_, c)| c.end == head - 2 && !c.nominal && !c.infinitive)
        {
            return subjects[pi].or_else(|| self.find_subject(sn, p.start, seg, subjects));
        }
        // ("Iran denied reports that it intended to threaten shipping and
        // warned the United States …": a past form of speaking after "and"
        // in what a report noun tells, once that tells its own simple past
        // and the noun is a verb's object, is that verb's subject's second
        // act; Reuters-21578 sample. A deed stays in the report: "rejected
        // accusations that its troops crossed the border and attacked".)
        if joined_by_and(lx, head)
            && is_verbal_reply(lx.norm(head))
            && let Some(that) = (head.saturating_sub(24).max(1)..head)
                .rev()
                .find(|&k| lx.norm(k) == "that")
            && is_report_noun(lx.norm(that - 1))
            && let Some(d) = report_governor(sn, that - 1)
            && simple_past_between(sn, that, head)
        {
            let at = clauses.seg_of(cands[d].start);
            return subjects[d].or_else(|| self.find_subject(sn, cands[d].start, at, subjects));
        }
        // ("warned Georgia on Thursday that its new law would lead to a
        // halt in its bid for membership, and urged Tbilisi to change
        // course": after ", and" a past form cannot join the modal's bare
        // verb of a that-clause; it is the subject's of the verb the
        // clause belongs to, as in a reported clause above; grid bf.)
        if (comma_and_before(lx, head) || joined_by_and(lx, head))
            && cands
                .iter()
                .any(|c| c.start == head && !c.nominal && c.form == Form::Ed)
            && let Some((pi, p)) = cands.iter().enumerate().rev().find(|(_, c)| {
                c.end < head
                    && !c.nominal
                    && !c.infinitive
                    && c.form == Form::Ed
                    && (c.end..head).any(|t| lx.norm(t) == "that")
            })
            && clauses.seg_of(p.start) == seg
            && let Some(that) = (p.end..head).find(|&t| lx.norm(t) == "that")
            && cands.iter().any(|c| {
                c.start > that
                    && c.start < head
                    && !c.nominal
                    && c.form == Form::Base
                    && modal_before(lx, that, c.start)
            })
        {
            return subjects[pi].or_else(|| self.find_subject(sn, p.start, seg, subjects));
        }
        let mut t = head;
        let mut adjacent = true;
        let mut content = 0;
        while t > s.start {
            t -= 1;
            if clauses.seg_of(t) != seg {
                continue;
            }
            // ("Lee was sworn in on Wednesday, a day after winning a snap
            // election, and pledged …": a time set off by commas stands
            // aside, and the actors inside it are not the subject.)
            if lx.is_punct(t, ",")
                && let Some(open) = (t.saturating_sub(16)..t)
                    .rev()
                    .find(|&k| lx.is_punct(k, ","))
                    .filter(|&k| k > s.start)
                && time_apposition(lx, open + 1)
            {
                // (The opening comma is read next, as if the time were
                // not there.)
                t = open + 1;
                continue;
            }
            if let Some(ni) = np_at[t] {
                let ni = ni as usize;
                let np = &nps[ni];
                let before = |k: usize| np.start.checked_sub(k);
                // ("About 400 Kenyan police officers arrived": before a
                // number, "about", "around" or "up to" count it; issue 4,
                // grid a.)
                // ("a battalion of about 1,000 troops" stays the
                // battalion's.)
                let approximator = |q: usize| {
                    let lead = if lx.norm(q) == "to" {
                        q.saturating_sub(1)
                    } else {
                        q
                    };
                    q + 1 == np.start
                        && (lead == 0 || !lx.is(lead - 1, cat::PREP))
                        && lx.kind(np.start) == TokenKind::Number
                        && (matches!(
                            lx.norm(q),
                            "about" | "around" | "over" | "under" | "than" | "approximately"
                        ) || lx.norm(q) == "to" && q > 0 && lx.norm(q - 1) == "up")
                };
                let prep_at = |k: Option<usize>| {
                    k.is_some_and(|q| {
                        lx.is(q, cat::PREP) && !lx.is(q, cat::SUB) && !approximator(q)
                    })
                };
                // "Dozens of rebels", "thousands of protesters": the
                // quantity's complement is the subject.
                // So is a group's: "a group of Canadian lawmakers asked".
                // ("The first contingent of about 400 Kenyan police officers
                // arrived": so is a body of men named by no actor of its
                // own, with "about" before the number; issue 4, grid ac.)
                let contingent_of = match (before(1), before(2), before(3)) {
                    (Some(a), Some(o), Some(q))
                        if lx.kind(np.start) == TokenKind::Number
                            && matches!(lx.norm(a), "about" | "around" | "some" | "nearly")
                            && lx.norm(o) == "of" =>
                    {
                        Some(q)
                    }
                    (Some(o), Some(q), _) if lx.norm(o) == "of" => Some(q),
                    _ => None,
                }
                .is_some_and(|q| {
                    np_at[q].is_none()
                        && matches!(
                            lx.norm(q),
                            "contingent" | "convoy" | "column" | "batch" | "squad" | "unit"
                        )
                });
                // (Past an owner: "two of its soldiers".)
                let of_at = if before(1).is_some_and(|q| lx.is(q, cat::PRON_POSSESSIVE)) {
                    2
                } else {
                    1
                };
                let quantity_of = contingent_of
                    || before(of_at).is_some_and(|q| lx.norm(q) == "of")
                        && before(of_at + 1).is_some_and(|q| {
                            lx.is(q, cat::DET)
                                || lx.kind(q) == TokenKind::Number
                                || matches!(
                                    lx.norm(q),
                                    "group"
                                    | "handful"
                                    | "majority"
                                    | "number"
                                    | "dozens"
                                    | "hundreds"
                                    | "thousands"
                                    | "scores"
                                    | "team"
                                    | "party"
                                    // "the board of governors of the
                                    // IAEA", "members of the council":
                                    // a body's part acts as the body.
                                    | "board"
                                    | "council"
                                    | "committee"
                                    | "panel"
                                    | "delegation"
                                    | "members"
                                    | "representatives"
                                    // ("The heads of the central banks of
                                    // Mexico and Peru have met";
                                    // Reuters-21578 sample.)
                                    | "heads"
                                    | "chiefs"
                                    // ("An alliance of three ethnic armed
                                    // groups launched an offensive"; issue
                                    // 4, grid w.)
                                    | "alliance"
                                    | "coalition"
                                    // ("said two of its soldiers were
                                    // killed by shelling": a count in
                                    // words; grid k.)
                                    | "one"
                                    | "two"
                                    | "three"
                                    | "four"
                                    | "five"
                                    | "six"
                                    | "seven"
                                    | "eight"
                                    | "nine"
                                    | "ten"
                                    | "several"
                                    | "many"
                                    | "most"
                                )
                        });
                // "with Germany expelling …": the actor after "with" is the
                // subject of the participle right after it.
                // "Tehran Radio quoted Rafsanjani telling a visiting
                // delegation …": so is the one quoted.
                if np.end == head
                    && before(1).is_some_and(|q| {
                        matches!(lx.norm(q), "with" | "quoted" | "quoting" | "quotes")
                    })
                    && lx.norm(head).ends_with("ing")
                {
                    return Some(ni);
                }
                // "under which the United States … agreed": the relative
                // pronoun is the preposition's object, not the phrase's
                // determiner.
                // "floods in northern Mexico killed …": a compass word
                // between the preposition and the place is the place's.
                let det_like =
                    |q: usize| lx.is(q, cat::DET) && !lx.is(q, cat::REL) || is_compass(lx.norm(q));
                // "G7 leaders meeting in Evian, France, called on …": a
                // country after a place and its comma is where the place is.
                let place_comma = before(1).is_some_and(|q| lx.is_punct(q, ","))
                    && before(2).is_some_and(|q| {
                        lx.kind(q) == TokenKind::Word
                            && lx.capitalized(q)
                            && np_at[q].is_none()
                            && !lx.is(q, cat::TIME)
                    })
                    && prep_at(before(3))
                    && np.bare;
                // ("in what Kyiv called a land grab": "what" opens a clause
                // whose subject follows it.)
                // "the conflict in Ethiopia's northern Tigray region": an
                // owner and a compass word between the preposition and the
                // place.
                let owned_place = || {
                    let mut q = before(1)?;
                    if is_compass(lx.norm(q)) {
                        q = q.checked_sub(1)?;
                    }
                    if lx.kind(q) != TokenKind::Possessive {
                        return None;
                    }
                    let oi = np_at[q.checked_sub(1)?]? as usize;
                    nps[oi].start.checked_sub(1)
                };
                // ("Supporters of outgoing Brazilian President Jair
                // Bolsonaro stormed …": an adjective of the person's
                // standing between; issue 4, grid au.)
                let standing = |q: usize| {
                    matches!(
                        lx.norm(q),
                        "outgoing"
                            | "former"
                            | "ousted"
                            | "jailed"
                            | "exiled"
                            | "late"
                            | "incoming"
                            | "interim"
                            | "deposed"
                            | "detained"
                            | "imprisoned"
                    )
                };
                let in_pp = !quantity_of
                    && lx.norm(np.start) != "what"
                    && (prep_at(before(1))
                        || (before(1).is_some_and(det_like) && prep_at(before(2)))
                        || (before(1).is_some_and(standing) && prep_at(before(2)))
                        // ("air strikes on a tent camp for displaced
                        // Palestinians in Khan Younis killed": a plain
                        // describing word between; grid ba.)
                        || (before(1).is_some_and(|q| {
                            lx.kind(q) == TokenKind::Word
                                && !lx.capitalized(q)
                                && lx.flags(q) & !cat::OPEN == 0
                                && lx.norm(q).ends_with("ed")
                                && cands.iter().any(|c| c.start == q && c.nominal)
                        }) && prep_at(before(2)))
                        || place_comma
                        // ("militants disguised as U.N. peacekeepers
                        // attacked": what they looked like; grid bf.)
                        || before(1).is_some_and(|q| lx.norm(q) == "as")
                            && before(2).is_some_and(|q| is_disguise(lx.norm(q)))
                        // ("Mounting trade friction between the U.S. And
                        // Japan has raised fears": the second of the pair
                        // "between" names, which forms no compound;
                        // Reuters-21578 sample.)
                        || before(1).is_some_and(|q| lx.norm(q) == "and")
                            && before(2).and_then(|q| np_at[q]).is_some_and(|d| {
                                let d = &nps[usize::from(d)];
                                d.end + 1 == np.start
                                    && d.parts.is_empty()
                                    && after_between(lx, d.start)
                            })
                        || np.place && prep_at(owned_place())
                        // ("in the Somali capital Mogadishu": a capital
                        // named after its description; grid bb.)
                        || np.place
                            && before(1).and_then(|q| np_at[q]).is_some_and(|d| {
                                let d = &nps[usize::from(d)];
                                d.end == np.start && prep_at(d.start.checked_sub(1))
                            }));
                // "Drones launched by the Houthis struck …", "an attack
                // carried out by militants killed …": the agent of a
                // participle that modifies a thing before the verb is its
                // doer.
                let by_at = match (before(1), before(2)) {
                    (Some(q), _) if lx.norm(q) == "by" => Some(q),
                    (Some(q), Some(r)) if lx.is(q, cat::DET) && lx.norm(r) == "by" => Some(r),
                    _ => None,
                };
                let reduced_agent = in_pp
                    && !np.possessive_only
                    && by_at.is_some_and(|b| {
                        cands.iter().any(|c| {
                            !c.nominal
                                && reduced_relative_by(lx, c, s.start) == Some(b)
                                && np_at[c.start - 1].is_none()
                                && !finite[c.start - 1]
                        })
                    });
                // ("Air strikes by the Saudi-led coalition killed 41
                // people": the agent of an attack noun that opens the
                // clause is the doer; issue 4, grid bb.)
                let attack_agent = in_pp
                    && !np.possessive_only
                    && by_at.is_some_and(|b| {
                        b > s.start
                            && is_attack_noun(lx.norm(b - 1))
                            && np_at[b - 1].is_none()
                            && !(s.start..b).any(|k| finite[k] || lx.is_punct(k, ","))
                    });
                if reduced_agent || attack_agent {
                    return Some(ni);
                }
                // ("The International Monetary Fund's board approved a $2
                // billion disbursement": a body's board or council, right
                // before the verb, acts as the body; grids av, az, j.)
                let mut body =
                    np.end + usize::from(np.end < head && lx.kind(np.end) == TokenKind::Possessive);
                // ("The Syrian opposition's High Negotiations Committee
                // said": or the body's own name, which no dictionary knows,
                // ending on such a word; grid av.)
                // ("Britain's Export Credits Guarantee Department (ECGD) is
                // holding talks", "Britain's Department of Trade and
                // Industry accused": so a state's department, ministry or
                // office, its name's "of" phrase and abbreviation with it;
                // Reuters-21578 sample.)
                let is_body = |k: usize| is_body_noun(lx.norm(k));
                let name_tail = |from: usize| {
                    let mut k = from;
                    if k < head && lx.norm(k) == "of" {
                        k += 1;
                        while k < head
                            && (lx.kind(k) == TokenKind::Word && lx.capitalized(k)
                                || matches!(lx.norm(k), "and" | "of"))
                        {
                            k += 1;
                        }
                    }
                    if k + 2 < head
                        && lx.is_punct(k, "(")
                        && lx.all_caps(k + 1)
                        && lx.is_punct(k + 2, ")")
                    {
                        k += 3;
                    }
                    k
                };
                if np.possessive_only && body < head && lx.capitalized(body) {
                    let mut k = body;
                    while k + 1 < head
                        && lx.kind(k) == TokenKind::Word
                        && lx.capitalized(k)
                        && np_at[k].is_none()
                        && !is_body(k)
                    {
                        k += 1;
                    }
                    if is_body(k) && lx.capitalized(k) && np_at[k].is_none() {
                        body = k;
                    }
                }
                if np.possessive_only
                    && body < head
                    && is_body(body)
                    && (name_tail(body + 1)..head)
                        .all(|k| lx.is(k, cat::AUX | cat::NEG | cat::TIME) || is_adverb(lx, k))
                {
                    return Some(ni);
                }
                if np.possessive_only || np.modifier || in_pp {
                    t = np.start;
                    adjacent = false;
                    content += 1;
                    continue;
                }
                // "The IAEA's 35-nation Board of Governors passed …": the
                // members of a body's board, named after its owner, act as
                // the body.
                if np.role_only
                    && before(1).is_some_and(|q| lx.norm(q) == "of")
                    && let Some(b) = before(2)
                    && matches!(lx.norm(b), "board" | "council" | "committee")
                    && let Some(owner) = (b.saturating_sub(6)..b).find_map(|k| {
                        let oi = np_at[k]? as usize;
                        let o = &nps[oi];
                        (o.start == k
                            && o.possessive_only
                            && o.kind == NpKind::Actor
                            && !o.codes.is_empty()
                            && (o.end..b)
                                .all(|q| lx.kind(q) != TokenKind::Word || !lx.capitalized(q)))
                        .then_some(oi)
                    })
                {
                    return Some(owner);
                }
                return Some(ni);
            }
            // "… and last month lodged a complaint": a time between the
            // conjunction and the verb keeps them adjacent.
            // (", and on Sunday warned Iraq": so is a time after "on";
            // issue 4, grid ar.)
            let aux_like = lx.is(t, cat::AUX | cat::NEG | cat::TIME)
                || is_adverb(lx, t)
                // ("…, but would have to coordinate action": the "to" of a
                // modal "have to" or "ought to" is the verb's own;
                // Reuters-21578 sample.)
                || lx.norm(t) == "to"
                    && t > 0
                    && matches!(lx.norm(t - 1), "have" | "has" | "had" | "ought")
                    && head == t + 1
                || ((matches!(lx.norm(t), "last" | "next" | "this") || lx.is(t, cat::PREP))
                    && t + 1 < head
                    && lx.is(t + 1, cat::TIME));
            if adjacent && (lx.is(t, cat::CONJ) || lx.is_punct(t, ",")) {
                // "…, and has embraced Russia", "…, shunning …": the
                // subject of the previous verb in this clause.
                // ("condemned a drone strike in Baghdad that killed a
                // commander, calling it …": not the verb of a relative
                // clause left in this one, whose subject is its antecedent.)
                let ing_after_comma = lx.norm(head).ends_with("ing") && lx.is_punct(t, ",");
                // ("agree that China has long taken advantage of the United
                // States and support Mr. Trump's efforts": a plain form
                // right after "and" goes on with no perfect's participle;
                // a 2019 page.)
                let plain_head = lx.norm(t) == "and"
                    && t + 1 == head
                    && cands
                        .iter()
                        .any(|c| c.start == head && c.form == Form::Base && !c.infinitive);
                let perfect = |c: &Cand| {
                    c.form == Form::Ed
                        && (c.start.saturating_sub(3)..c.start)
                            .any(|k| matches!(lx.norm(k), "has" | "have" | "had"))
                        && !(c.end..head).any(|k| {
                            lx.norm(k) == "to" || lx.is(k, cat::MODAL_INTENT | cat::MODAL_HEDGE)
                        })
                };
                let prev = cands.iter().enumerate().rev().find(|&(i, c)| {
                    !(plain_head && perfect(c)) &&
                    c.start < t
                        && clauses.seg_of(c.start) == seg
                        && !c.nominal
                        && !c.infinitive
                        // ("used water cannon to disperse protesters
                        // blocking the avenue … and detained 27 people":
                        // nor a participle on an object, which only says
                        // what its noun was doing; issue 4, grid az. A
                        // participle after a comma may go on with it:
                        // "protesters marching on the palace, demanding
                        // …"; grid aq.)
                        && !(!ing_after_comma
                            && c.form == Form::Ing
                            && subjects[i].is_some_and(|sj| nps[sj].end == c.start)
                            && cands[..i].iter().any(|o| {
                                !o.nominal && o.end <= c.start && clauses.seg_of(o.start) == seg
                            }))
                        && !(ing_after_comma
                            && c.start > 0
                            && matches!(lx.norm(c.start - 1), "that" | "which" | "who"))
                        // ("suspended Niger until constitutional order is
                        // restored, and urged the junta": not a passive of
                        // a clause of time or condition; issue 4, grid aa.)
                        && !(is_passive(lx, c.start, c.end)
                            && (c.start.saturating_sub(6)..c.start).any(|k| lx.is(k, cat::SUB)))
                        // ("said it would not attack ships and warned the
                        // United States": nor an -s form right after the
                        // plain form a modal, "to" or a negation governs,
                        // which is that verb's object; Reuters-21578
                        // sample.)
                        && !(c.form == Form::S
                            && !lx.norm(head).ends_with("ing")
                            && i > 0
                            && cands[i - 1].end == c.start
                            && cands[i - 1].form == Form::Base
                            && !cands[i - 1].nominal
                            && cands[i - 1].start > 0
                            && (lx.is(
                                cands[i - 1].start - 1,
                                cat::MODAL_INTENT | cat::MODAL_HEDGE | cat::NEG,
                            ) || lx.norm(cands[i - 1].start - 1) == "to"))
                });
                // "A UN convoy was struck near Aleppo, killing 20 people":
                // after a passive the participle's doer is the agent, not
                // the one the passive's subject suffered.
                if let Some((_, p)) = prev
                    && lx.norm(head).ends_with("ing")
                    && p.form == Form::Ed
                    && is_passive(lx, p.start, p.end)
                {
                    return find_by_agent(sn, seg, p.end);
                }
                // "Hamas freed six hostages, but Israel postponed the
                // release …, accusing the group": a clause that no
                // dictionary verb opens, after "but", has its own subject,
                // which the participle shares (issue 4, grid be).
                if ing_after_comma
                    && let Some((_, p)) = prev
                    && let Some(ni) = (p.end..t).rev().find_map(|k| {
                        let ni = np_at[k]? as usize;
                        let np = &nps[ni];
                        (np.start == k
                            && k > 0
                            && matches!(lx.norm(k - 1), "but" | "and" | "while" | "whereas")
                            && np.kind == NpKind::Actor
                            && !np.codes.is_empty()
                            && np.end < t
                            && lx.kind(np.end) == TokenKind::Word
                            && !lx.capitalized(np.end)
                            && lx.flags(np.end) == 0
                            && lx.norm(np.end).ends_with("ed")
                            && !cands.iter().any(|c| c.start == np.end))
                        .then_some(ni)
                    })
                {
                    return Some(ni);
                }
                // ("Russia recalled its ambassador … after Georgia arrested
                // four Russian army officers, accusing the Georgian
                // government of state terrorism": a participle in a
                // subordinate clause whose object is its subject's own
                // state's organ is the outer clause's; issue 4, grid v.)
                if ing_after_comma
                    && clauses.segs[seg].kind == SegKind::Subordinate
                    && clauses.segs[seg].start > 0
                    && let Some((pi, _)) = prev
                    && let Some(sj) = subjects[pi]
                    && let [own] = &nps[sj].codes[..]
                    && own.len() == 3
                    && let Some(c) = cands.iter().find(|c| c.start == head)
                    && let Some(obj) = sn.np_starting(c.end)
                    && !nps[obj].codes.is_empty()
                    && nps[obj]
                        .codes
                        .iter()
                        .all(|o| o.len() > 3 && o.starts_with(own.as_str()))
                {
                    let outer = clauses.seg_of(clauses.segs[seg].start - 1);
                    if let Some(o) = last_subject(cands, subjects, |c| {
                        clauses.seg_of(c.start) == outer && c.start < clauses.segs[seg].start
                    }) {
                        return Some(o);
                    }
                }
                // ("… held talks on Monday, as Russian forces shelled
                // residential areas of Kharkiv, killing dozens of
                // civilians": a toll right after a subordinate clause is
                // the toll of that clause's act, by its subject; issue 4,
                // grid ar.)
                if ing_after_comma
                    && head >= 2
                    && lx.is_punct(head - 1, ",")
                    && matches!(lx.norm(head), "killing" | "wounding" | "injuring")
                    && let b = clauses.seg_of(head - 2)
                    && b != seg
                    && clauses.segs[b].kind == SegKind::Subordinate
                    && let Some(sj) =
                        last_subject(cands, subjects, |c| clauses.seg_of(c.start) == b)
                {
                    return Some(sj);
                }
                // ("Bahrain and Sudan cut ties with Iran, while the United
                // Arab Emirates downgraded relations with Tehran, accusing
                // the Islamic Republic of meddling": after a clause of
                // contrast, which stands as a sentence of its own, the
                // participle is its subject's; grid ar.)
                if ing_after_comma
                    && let Some(bi) = (0..clauses.segs.len()).rev().find(|&i| {
                        let b = clauses.segs[i];
                        b.kind == SegKind::Subordinate
                            && b.start > t
                            && b.end <= head
                            && opens_on(lx, b, &["while", "whereas"])
                    })
                    && let Some(sj) =
                        last_subject(cands, subjects, |c| clauses.seg_of(c.start) == bi)
                {
                    return Some(sj);
                }
                // "South Korea demanded on Sunday that North Korea stop
                // flying balloons …, and warned Pyongyang …": a past form
                // cannot join the base form of a "that" clause of demand;
                // it is the second act of whoever demanded (issue 4, grids
                // m, o).
                if let Some((_, p)) = prev
                    && p.form == Form::Base
                    && cands.iter().any(|c| c.start == head && c.form == Form::Ed)
                    && let Some(th) = (p.start.saturating_sub(12)..p.start)
                        .rev()
                        .find(|&k| lx.norm(k) == "that")
                    && !(th + 1..p.start).any(|k| finite[k])
                    && let Some(di) = cands.iter().rposition(|c| {
                        c.end <= th
                            && c.end + 3 >= th
                            && !c.nominal
                            && !c.infinitive
                            && !c.report
                            && c.form == Form::Ed
                            && matches!(
                                lx.norm(c.start),
                                "demanded" | "insisted" | "urged" | "asked" | "proposed"
                            )
                    })
                    && (cands[di].end..th).all(|k| lx.is(k, cat::TIME | cat::PREP))
                    && clauses.seg_of(cands[di].start) == seg
                {
                    let d = cands[di].start;
                    return subjects[di].or_else(|| self.find_subject(sn, d, seg, subjects));
                }
                if let Some((pi, _)) = prev
                    && let Some(sj) = subjects[pi]
                {
                    return Some(sj);
                }
                // "imposed sanctions on X and raised tariffs": a word inside
                // the previous verb's pattern ("sanctions") has no subject of
                // its own; the verb before it has.
                if let Some((pi, _)) = prev
                    && pi > 0
                    && cands[pi - 1].end <= cands[pi].start
                    && clauses.seg_of(cands[pi - 1].start) == seg
                    && !cands[pi - 1].nominal
                    && !cands[pi - 1].infinitive
                    && (cands[pi - 1].end..cands[pi].start).all(|k| !lx.is_punct(k, ","))
                    && let Some(sj) = subjects[pi - 1]
                {
                    return Some(sj);
                }
                // "the group blamed Israel and vowed to retaliate": a verb
                // right after "and" shares the subject of the verb before,
                // never that verb's object.
                // So does a participle after a comma ("…, accusing both
                // Nordic countries of …").
                let participle = lx.norm(head).ends_with("ing") && lx.is_punct(t, ",");
                if (lx.is(t, cat::CONJ) || participle)
                    && let Some((pi, p)) = prev
                    && subjects[pi].is_none()
                    && !p.report
                {
                    return self.find_subject(sn, p.start, seg, subjects);
                }
                // "X said the measures would fail and accused Y": the verb
                // joins the reporting verb, whose subject it shares.
                if lx.is(t, cat::CONJ)
                    && prev.is_none()
                    && let SegKind::Complement { reporter } = s.kind
                    && let Some(sj) = subjects[reporter]
                {
                    return Some(sj);
                }
            }
            if finite[t] {
                // Whatever stands before another verb is its subject.
                break;
            }
            if lx.is_punct(t, ",") && content >= 3 {
                // "The House, in a key procedural vote, today opposed …":
                // a prepositional phrase between commas is set aside.
                if t + 1 < head && lx.is(t + 1, cat::PREP) && !lx.is(t + 1, cat::SUB) {
                    content = 0;
                    adjacent = false;
                    continue;
                }
                break;
            }
            if !aux_like && !lx.is_punct(t, ",") {
                adjacent = false;
                content += 1;
            }
        }
        // "Jorge Cardenas, manager of Colombia's Coffee Growers'
        // Federation, welcomed …": a name no dictionary knows, set off by a
        // phrase naming whom the person serves, acts for them.
        let name_end = (s.start..head)
            .find(|&k| !(lx.kind(k) == TokenKind::Word && lx.capitalized(k) && np_at[k].is_none()));
        if let Some(e) = name_end
            && e > s.start
            && lx.is_punct(e, ",")
            && let Some(b) = (e + 1..head).rev().find(|&k| lx.is_punct(k, ","))
            && b > e + 2
            && (b + 1..head).all(|k| lx.is(k, cat::AUX | cat::NEG) || is_adverb(lx, k))
            && !(e + 1..b).any(|k| finite[k] || lx.is_punct(k, ","))
            && let Some(ni) = (e + 1..b).find_map(|k| {
                let ni = np_at[k]? as usize;
                let np = &nps[ni];
                // ("head of the Egyptian delegation" is one phrase.)
                // ("Makoto Kuroda, Japan's deputy minister of International
                // Trade and Industry, met …", "Li Luye, a Chinese diplomat,
                // said": so does one the phrase opens on, a state's role;
                // issue 4, Reuters-21578 sample.)
                let opens =
                    k == e + 1 || k == e + 2 && matches!(lx.norm(e + 1), "a" | "an" | "the");
                (np.start == k
                    && np.kind == NpKind::Actor
                    && !np.codes.is_empty()
                    && (matches!(lx.norm(k - 1), "of" | "for")
                        || k == e + 1 && np.end == b && lx.norm(k + 1) == "of"
                        || opens && !np.place && np.codes.iter().all(|c| c.len() > 3)))
                .then_some(ni)
            })
        {
            return Some(ni);
        }
        match s.kind {
            // "Pakistan, where floods have killed 1,100 people": a place or
            // a time a relative opens on is no doer of what happens there.
            SegKind::Relative { .. } if opens_on(lx, s, &["where", "when"]) => None,
            SegKind::Relative { antecedent } => antecedent,
            _ => None,
        }
    }

    /// Tries one pattern on candidate `v`.
    pub(super) fn match_pattern<'d>(
        &self,
        sn: &Sent<'_>,
        seg: usize,
        v: &Cand,
        p: &'d Pattern,
        after: After,
    ) -> Option<Match<'d>> {
        let Sent {
            lx,
            np_at,
            clauses,
            finite,
            ..
        } = sn;
        let s = clauses.segs[seg];
        let visible = |t: usize| clauses.seg_of(t) == seg;
        let mut m = Match {
            pattern: p,
            end: v.end,
            source: None,
            target: None,
            words: smallvec::SmallVec::new(),
        };
        // After the verb: greedy, earliest match of each step in turn. In
        // the passive the grammatical subject is the logical object, so the
        // steps after the verb may also be found before it ("a declaration
        // was signed" matches `* &agreement`).
        let (mut pos, after_end) = match after {
            After::Verb => (v.end, s.end),
            After::Subject => (s.start, v.start),
        };
        // ("given recordings related to the killing … to Saudi Arabia":
        // when a step joined to the one before fails, and the word step
        // before it was a participle's own preposition ("related to"), that
        // step is tried again at its next occurrence, so the first "to"
        // does not hide the second.)
        let mut i = 0;
        let mut min_t = 0;
        let mut retries = 0;
        let mut last_word_step: Option<(usize, usize, usize)> = None;
        while let Some(st) = p.after.get(i) {
            let mut hit = None;
            // Words may stand between the steps of a pattern, but only
            // about a noun phrase's worth: "detained refugees near the
            // border town" is not "detained … town".
            let reach = match st.elem {
                Elem::Source | Elem::Target => MAX_GAP_TO_ACTOR,
                _ => MAX_GAP,
            };
            let last = if st.adjacent {
                // ("called a 'reward for terrorism'": quotes stand between
                // adjacent words; issue 4, grid t.)
                let mut q = pos;
                while q < after_end && lx.is_quote(q) {
                    q += 1;
                }
                (q + 1).min(after_end)
            } else {
                after_end
            };
            // Only content words count toward the gap, and an actor phrase
            // counts as one: "appealed to Sudan's army on Monday to agree to
            // an immediate ceasefire" is a short reach.
            let mut gap = 0;
            #[allow(clippy::needless_range_loop)]
            for t in pos..last {
                let inner_np = t > pos && np_at[t].is_some() && np_at[t] == np_at[t - 1];
                let function = np_at[t].is_none()
                    && (lx.kind(t) == TokenKind::Punct
                        || lx.is(t, cat::DET | cat::PREP | cat::CONJ | cat::AUX));
                if !inner_np && !function {
                    gap += 1;
                }
                if gap > reach + 1 {
                    break;
                }
                // ("agreeing to a prisoner swap but failing to agree on a
                // ceasefire": what follows "but" is another verb phrase's;
                // issue 4, grid am.)
                if t > pos && lx.norm(t) == "but" {
                    break;
                }
                // ("subsidized shipbuilding contracts, according to court
                // documents": nor a source cited; Reuters-21578.)
                if according_to(lx, t) {
                    break;
                }
                if !visible(t) {
                    continue;
                }
                // ("pledged at their first Quad summit to deliver
                // vaccines": a noun after "at" is where the act happens,
                // no object of it; grid ba.)
                let venue = || {
                    !matches!(st.elem, Elem::Source | Elem::Target)
                        && !st.adjacent
                        && (t.saturating_sub(4).max(pos)..t).rev().find_map(|k| {
                            if lx.norm(k) == "at" {
                                Some(true)
                            } else if lx.is(k, cat::DET | cat::PRON_POSSESSIVE)
                                || lx.kind(k) == TokenKind::Word
                                    && (lx.capitalized(k)
                                        && np_at[k].is_none_or(|ni| sn.nps[ni as usize].place)
                                        || matches!(
                                            lx.norm(k),
                                            "first"
                                                | "second"
                                                | "annual"
                                                | "emergency"
                                                | "extraordinary"
                                                | "joint"
                                                | "regional"
                                        ))
                            {
                                None
                            } else {
                                Some(false)
                            }
                        }) == Some(true)
                };
                if t >= min_t
                    && let Some((end, slot)) = self.elem_at(sn, &st.elem, t, after_end)
                    && !venue()
                {
                    hit = Some((t, end, slot));
                    break;
                }
                // Words may intervene, but not another clause's verb
                // ("pledged aid to X and called on Y to lift sanctions"),
                // nor ", but" ("signed a declaration …, but failed to
                // agree on a ceasefire"; issue 4, grid a).
                // ("agreed to end a general strike and resume talks": nor
                // a second infinitive joined by "and"; grid aw.)
                // (Only a verb that begins a new step: "extend asset freezes
                // and travel bans", "launch missile and drone attacks" join
                // nouns; nor in a complement of a finite verb: "urged them
                // to rein in their forces and end the fighting" is one
                // request.)
                let joined_verb = || {
                    v.infinitive
                        && lx.norm(t) == "and"
                        && t + 1 < lx.len()
                        && matches!(
                            lx.norm(t + 1),
                            "resume"
                                | "restart"
                                | "reopen"
                                | "return"
                                | "begin"
                                | "start"
                                | "hold"
                                | "open"
                        )
                };
                // ("agreed to disregard penalty interest payments and
                // negotiations were continuing": nor "and" opening a
                // clause of its own, a noun and then "were"; Reuters-21578.)
                let new_clause = || {
                    lx.norm(t) == "and" && {
                        let k = t + 1 + usize::from(t + 1 < lx.len() && lx.is(t + 1, cat::DET));
                        k + 1 < lx.len()
                            && lx.kind(k) == TokenKind::Word
                            && !lx.capitalized(k)
                            && lx.flags(k) & !cat::OPEN == 0
                            && matches!(
                                lx.norm(k + 1),
                                "was" | "were" | "is" | "are" | "has" | "have" | "had"
                            )
                    }
                };
                // ("U.S. companies with Eurobonds issued through the
                // Netherlands Antilles are expected to call them early": nor
                // a form of "be" right after a noun, which opens a clause of
                // that noun's own; Reuters-21578.)
                // (Not what a speaker says is so: "said Europeans and the
                // U.S. were worried by flagging German growth".)
                let noun_then_be = || {
                    t > pos
                        && !v.report
                        && !lx.is(t - 1, cat::PRON_SUBJECT)
                        && matches!(lx.norm(t), "was" | "were" | "is" | "are")
                        && lx.kind(t - 1) == TokenKind::Word
                        && !lx.is(
                            t - 1,
                            cat::REL | cat::CONJ | cat::SUB | cat::PREP | cat::AUX,
                        )
                        && !matches!(lx.norm(t - 1), "that" | "what" | "which" | "who" | "there")
                };
                // ("reinforcing yesterday's speculation that clearing bank
                // base lending rates could drop": nor a clause that a plain
                // noun opens with "that" for a word step; Reuters-21578
                // sample.)
                let noun_clause = || {
                    t > pos
                        && lx.norm(t) == "that"
                        && !matches!(st.elem, Elem::Source | Elem::Target)
                        && lx.kind(t - 1) == TokenKind::Word
                        && !lx.capitalized(t - 1)
                        && np_at[t - 1].is_none()
                        && lx.flags(t - 1) & !cat::OPEN == 0
                };
                // ("told Polygraph.info the Russian Defense Ministry's
                // allegations are false": a name no dictionary knows right
                // after a verb of telling is whom it tells, and what
                // follows is what is told; a 2019 page.)
                let unknown_addressee = i == 0
                    && t == pos
                    && v.report
                    && matches!(after, After::Verb)
                    && matches!(st.elem, Elem::Target)
                    && lx.kind(t) == TokenKind::Word
                    && lx.capitalized(t)
                    && np_at[t].is_none()
                    && !lx.is(t, cat::TIME);
                // ("agreed on the need for currency stabilization and that
                // he was satisfied with the role the U.S. has played": "and
                // that" opens another thing said; Reuters-21578.)
                let and_that = t > pos && lx.norm(t) == "that" && lx.norm(t - 1) == "and";
                let joined_predicate = t > pos && joins_predicate(lx, t);
                // ("commitments, made over six weeks ago in Paris, to boost
                // their domestic demand": nor an infinitive set off by a
                // comma, a purpose or complement of its own; Reuters-21578
                // sample; only for the verb's own object: "pressed the bank,
                // controlled by …, to cede" reaches its "to".)
                let comma_to = i == 0
                    && t > pos
                    && !matches!(st.elem, Elem::Source | Elem::Target)
                    && lx.is_punct(t, ",")
                    && t + 2 < lx.len()
                    && lx.norm(t + 1) == "to"
                    && lx.kind(t + 2) == TokenKind::Word
                    && !lx.capitalized(t + 2)
                    && !lx.is(t + 2, cat::DET | cat::PRON_POSSESSIVE)
                    // ("ask Saudi Arabia, to which …, to help Khartoum":
                    // unless the step is that "to" itself.)
                    && self.elem_at(sn, &st.elem, t + 1, after_end).is_none();
                if finite[t]
                    || comma_to
                    || unknown_addressee
                    || and_that
                    || joined_predicate
                    || noun_clause()
                    || lx.is_punct(t, ",") && t + 1 < lx.len() && lx.norm(t + 1) == "but"
                    || joined_verb()
                    || new_clause()
                    || noun_then_be()
                {
                    break;
                }
            }
            min_t = 0;
            let Some((t_hit, end, slot)) = hit else {
                match last_word_step {
                    Some((step, from, at))
                        if st.adjacent && step + 1 == i && retries < 2 && at > from && {
                            let w = lx.norm(at - 1);
                            w.ends_with("ed") || w.ends_with("ing")
                        } =>
                    {
                        retries += 1;
                        m.words.pop();
                        m.end = m.words.last().map_or(v.end, |w| w.1);
                        i = step;
                        pos = from;
                        min_t = at + 1;
                        last_word_step = None;
                        continue;
                    }
                    _ => return None,
                }
            };
            match st.elem {
                Elem::Source => m.source = slot,
                Elem::Target => m.target = slot,
                _ => {
                    m.end = end;
                    m.words.push((t_hit, end));
                    last_word_step = Some((i, pos, t_hit));
                }
            }
            pos = end;
            i += 1;
        }
        // Before the verb: nearest first, each ending at or before `pos`
        // (exactly at `pos` when adjacent).
        let mut pos = v.start;
        for st in &p.before {
            let mut hit = None;
            let mut t = pos;
            // An actor slot joined to what follows is the phrase ending
            // right there, however long ("talks between Japan and the
            // United States began").
            if st.adjacent
                && matches!(st.elem, Elem::Source | Elem::Target)
                && pos > s.start
                && let Some(ni) = np_at[pos - 1]
                && sn.nps[ni as usize].end == pos
                && sn.nps[ni as usize].start >= s.start
            {
                t = sn.nps[ni as usize].start + 1;
            }
            // ("Suicide bombers, including two young girls, attacked": the
            // words of an apposition set aside are no distance; issue 4,
            // grids g and j.)
            // ("Israeli air strikes on a military research centre near
            // Masyaf in western Syria killed …": nor is the place a word's
            // own phrase names, after "on", "against" or "at", when nothing
            // but nouns and prepositions stand there; grid bb.)
            let mut hidden = 0;
            if !st.adjacent
                && !matches!(st.elem, Elem::Source | Elem::Target)
                && let Some(k) = (pos.saturating_sub(14).max(s.start + 1)..pos).find(|&k| {
                    matches!(lx.norm(k), "on" | "against" | "at")
                        && lx.kind(k - 1) == TokenKind::Word
                        && !lx.capitalized(k - 1)
                })
                && (k..pos).all(|q| {
                    !lx.is_punct(q, ",") && !finite[q] && !lx.is(q, cat::SUB | cat::REL | cat::AUX)
                })
            {
                hidden = pos - k;
            }
            while t > s.start {
                t -= 1;
                if !visible(t) {
                    hidden += 1;
                    continue;
                }
                // "Israel and Iran each accused the other": a floating
                // "each" is no determiner of the verb.
                let floating = floating_quantifier(sn.lx, &sn.np_at, t);
                // ("Myanmar's military detained Suu Kyi": a modifier that
                // blocks a noun reading, "a military raid", is no modifier
                // when it ends the actor phrase before a past form; issue 4,
                // grid h.)
                let subject_head = matches!(p.code, CodeSpec::Null)
                    && st.adjacent
                    && v.form == Form::Ed
                    && end_of_actor(sn, t, v.start);
                // ("Ukraine said it had received the first F-16 jets from
                // Denmark": a subject pronoun fills a target slot before the
                // verb as it fills a subject; the coder resolves it; issue
                // 4, probe sentences.)
                let pronoun = || {
                    let ni = usize::from(np_at[t]?);
                    let np = &sn.nps[ni];
                    (matches!(st.elem, Elem::Target)
                        && np.kind == NpKind::Pronoun
                        && np.start == t
                        && np.end <= pos
                        && lx.is(t, cat::PRON_SUBJECT))
                    .then_some((np.end, Some(ni)))
                };
                if let Some((end, slot)) = self.elem_at(sn, &st.elem, t, pos).or_else(pronoun)
                    && (!st.adjacent || end == pos)
                    && !floating
                    && !subject_head
                {
                    hit = Some((t, slot));
                    break;
                }
                if (st.adjacent && pos - t >= 4) || (pos - t).saturating_sub(hidden) > MAX_GAP + 1 {
                    break;
                }
            }
            let (start, slot) = hit?;
            match st.elem {
                Elem::Source => m.source = slot,
                Elem::Target => m.target = slot,
                _ => {}
            }
            pos = start;
        }
        Some(m)
    }

    /// Whether element `e` matches at token `t` (ending by `limit`): its end
    /// and, for actor slots, the phrase.
    pub(super) fn elem_at(
        &self,
        sn: &Sent<'_>,
        e: &Elem,
        t: usize,
        limit: usize,
    ) -> Option<(usize, Option<usize>)> {
        let Sent { lx, nps, np_at, .. } = sn;
        // Most tests fail on the first word, so that word is told from the
        // token's ids read once (a choice may have dozens of phrases).
        let (id, stems) = lx.word_and_stems(t);
        let words_at = |ws: &[u32]| -> Option<usize> {
            let Some((&first, rest)) = ws.split_first() else {
                return (t <= limit).then_some(t);
            };
            if first != id && !stems.contains(&first) {
                return None;
            }
            let end = t + ws.len();
            (end <= limit
                && rest
                    .iter()
                    .enumerate()
                    .all(|(k, &w)| lx.matches(t + 1 + k, w)))
            .then_some(end)
        };
        // ("will begin experiments with Thailand at the end of March": the
        // month is no march; tested only once a word has matched, off the
        // path of the many tests that fail; Reuters-21578 sample.)
        let not_month = |end: usize| (!month_march(lx, t)).then_some((end, None));
        match e {
            Elem::Words(ws) => words_at(ws).and_then(not_month),
            Elem::Choice(alts) => alts
                .iter()
                .filter_map(|a| words_at(a))
                .max()
                .and_then(not_month),
            Elem::Set(id) => self.dicts.verbs.sets[*id as usize]
                .longest_at(lx, t, limit)
                .and_then(|(e, _)| not_month(e)),
            Elem::AtLeast(min) => {
                let (n, end) = count_span(lx, t)?;
                (end <= limit && n >= *min).then_some((end, None))
            }
            Elem::Source | Elem::Target => {
                let ni = np_at[t]? as usize;
                let np = &nps[ni];
                // "welcomed a decision by Japan to extend …": the author of
                // an act noun is no slot of the verb.
                let author = t >= 2 && lx.norm(t - 1) == "by" && is_act_noun(lx.norm(t - 2));
                let bare_relative = opens_bare_time_relative(lx, t);
                // ("told his ruling Liberal Democratic Party (LDP) to come up
                // with …": a name's abbreviation in brackets is part of it.)
                let mut end = np.end;
                if end + 3 <= limit
                    && lx.is_punct(end, "(")
                    && lx.all_caps(end + 1)
                    && lx.is_punct(end + 2, ")")
                {
                    end += 3;
                }
                // "told the Senate Foreign Relations Committee".
                (np.start == t
                    && (np.kind == NpKind::Actor || is_named_institution(np))
                    && np.end <= limit
                    && !author
                    && !bare_relative)
                    .then_some((end, Some(ni)))
            }
        }
    }
}

/// Whether token `t` is the month "March": capitalised after a word of
/// time or place in time ("the end of March", "in early March") or before
/// a day's number.
fn month_march(lx: &Lexed, t: usize) -> bool {
    t > 0
        && lx.capitalized(t)
        && lx.norm(t) == "march"
        && (matches!(
            lx.norm(t - 1),
            "of" | "in"
                | "since"
                | "until"
                | "by"
                | "early"
                | "late"
                | "mid"
                | "before"
                | "after"
                | "from"
                | "through"
                | "during"
                | "last"
                | "next"
                | "this"
        ) || t + 1 < lx.len() && lx.kind(t + 1) == TokenKind::Number)
}

/// Whether a modal ("would", "will", "could", "must", "can") stands among
/// the three words before `at`, from `from` on: the bare form at `at` is
/// the modal's verb, to which no past form can be joined.
fn modal_before(lx: &Lexed, from: usize, at: usize) -> bool {
    (from..at)
        .rev()
        .take(3)
        .any(|t| matches!(lx.norm(t), "would" | "will" | "could" | "must" | "can"))
}
