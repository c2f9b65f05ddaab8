//! Speaker tables: news-like paragraphs of our own, each with the speaker
//! of every direct or partial quotation in order. One table per kind of
//! attribution error seen on real news, so a rule change shows which kind
//! it mends or breaks.

use super::*;

/// A person introduced in a sentence without a quotation (by an age, a
/// role before the name, or a role capitalised at the sentence's start),
/// then `he said` / `she said`: the pronoun is the new person, not whoever
/// spoke before.
const NEW_PERSON_BEFORE_A_PRONOUN: &[(&str, &[&str])] = &[
    (
        "Luis Carrera, the city's mayor, said the centres would stay open. \"Nobody should be alone in this heat,\" he said. Irma Delgado, 74, spent the night at the community centre. \"My flat was far too hot,\" she said.",
        &["Luis Carrera", "Irma Delgado"],
    ),
    (
        "Professor Anjali Rao, a cardiologist, said the results were promising. Patient Graham Tilsley, 67, took part in the trial. \"I was in hospital four times that year,\" he said.",
        &["Graham Tilsley"],
    ),
    (
        "\"We are cooperating fully,\" the ferry operator said in a statement. Provincial governor Teresita Aquino-Lim visited survivors on Sunday. \"We will not rest until every family has answers,\" she told reporters.",
        &["ferry operator", "Teresita Aquino-Lim"],
    ),
    (
        "Coach Darren Webb praised his players. \"They never gave up,\" he said. Captain Tomas Berg, 23, scored twice in the second half. \"It was the best night of my career,\" he said.",
        &["Darren Webb", "Tomas Berg"],
    ),
    (
        "Ms Helen Ward, the council leader, defended the budget. \"There was no other choice,\" she said. Resident Oksana Petrenko, 58, has lived on the estate for thirty years. \"They are closing everything we need,\" she said.",
        &["Helen Ward", "Oksana Petrenko"],
    ),
    (
        "Minister Paul Grant opened the new bridge on Monday. \"It will cut journeys by an hour,\" he said. Engineer Ravi Menon, 41, led the design team. \"The river fought us all the way,\" he said.",
        &["Paul Grant", "Ravi Menon"],
    ),
    (
        "Chief executive Ana Ruiz said the bank would cut 400 jobs. \"These are hard decisions,\" she said. Union organiser Beatriz Okafor called the plan reckless. \"Staff learnt of it from the news,\" she said.",
        &["Ana Ruiz", "Beatriz Okafor"],
    ),
    (
        "\"The fire spread within minutes,\" said station manager Colin Hart. Neighbour Ilse Vantongeren, 36, saw the smoke from her window. \"I grabbed my children and ran,\" she said.",
        &["Colin Hart", "Ilse Vantongeren"],
    ),
    (
        "Judge Maria Fenwick sentenced the pair to six years. \"You showed no remorse,\" she said. Victim Joanna Lisowska, 29, was in court. \"I can finally sleep again,\" she said.",
        &["Maria Fenwick", "Joanna Lisowska"],
    ),
    (
        "Paul Ruiz said the harvest was the worst in decades. \"We lost half the grapes,\" he said. Farmer Tadeusz Wolny, 63, farms the next valley. \"Mine are all gone,\" he said.",
        &["Paul Ruiz", "Tadeusz Wolny"],
    ),
    (
        "Senator Claire Dunn voted against the bill. \"It is rushed and unfair,\" she said. Activist Nomvula Dlamini, 44, watched from the gallery. \"They ignored us again,\" she said.",
        &["Claire Dunn", "Nomvula Dlamini"],
    ),
    (
        "\"We expected a bigger crowd,\" said organiser Mark Ellis. Farmer Siobhan Quirke, 52, travelled from Kerry for the protest. \"Prices have not moved in ten years,\" she said.",
        &["Mark Ellis", "Siobhan Quirke"],
    ),
    (
        "Dr Omar Haddad, who runs the clinic, said demand had doubled. \"We cannot keep up,\" he said. Nurse Adaeze Nwosu, 31, works nights on the ward. \"I have not had a break in weeks,\" she said.",
        &["Omar Haddad", "Adaeze Nwosu"],
    ),
    (
        "Captain Rhys Morgan said the team was ready. \"We have trained all summer,\" he said. Coach Piotr Zielinski, 65, is expected to retire after the final. \"This is my last dance,\" he said.",
        &["Rhys Morgan", "Piotr Zielinski"],
    ),
    (
        "\"The museum will reopen in May,\" said director Lucy Stone. Historian Erik Halvorsen, 70, has studied the collection for decades. \"Half of it has never been shown,\" he said.",
        &["Lucy Stone", "Erik Halvorsen"],
    ),
    (
        "Sarah Quinn, the committee's chair, said the numbers did not add up. \"We were promised a plan,\" she said. Analyst Kofi Mensah, 49, disagreed strongly. \"The plan is on the table,\" he said.",
        &["Sarah Quinn", "Kofi Mensah"],
    ),
    (
        "Mayor Ellen Brooks cut the ribbon at noon. \"This square belongs to everyone,\" she said. Shopkeeper Dariusz Kowal, 55, has run a bakery on the square since 1990. \"Trade has doubled already,\" he said.",
        &["Ellen Brooks", "Dariusz Kowal"],
    ),
    (
        "The airline said flights would resume on Friday. Passenger Thandiwe Mokoena, 27, had been stranded for three days. \"Nobody told us anything,\" she said.",
        &["Thandiwe Mokoena"],
    ),
    (
        "Inspector John Reyes said officers had made two arrests. \"More may follow,\" he said. Neighbour Margit Szabo, 61, saw the car speed away. \"It did not even slow down,\" she said.",
        &["John Reyes", "Margit Szabo"],
    ),
    (
        "Headteacher Alan Price said the school would stay shut. \"Safety comes first,\" he said. Parent Yolanda Achterberg, 39, was angry. \"We heard nothing until midnight,\" she said.",
        &["Alan Price", "Yolanda Achterberg"],
    ),
    (
        "Governor Ruth Adler signed the order on Tuesday. \"Help is on the way,\" she said. Firefighter Bogdan Ionescu, 33, has worked for four days without rest. \"We are exhausted,\" he said.",
        &["Ruth Adler", "Bogdan Ionescu"],
    ),
];

/// A role capitalised at a sentence's start is not the name (`Nurse
/// Tomas Berg`); a cue set inside the quotation (`\"…,\" a top aide said,
/// \"…\"`, `Vance, a top aide said, \"…\"`) is the aide's; `X told Y, who
/// said that \"…\"` is Y's.
const ROLES_ASIDES_AND_RELATIVE_CLAUSES: &[(&str, &[&str])] = &[
    (
        "Nurse Tomas Berg said: \"We will win the league.\"",
        &["Tomas Berg"],
    ),
    (
        "Defender Marco Lind said the team had been unlucky. \"We deserved a point,\" Lind said.",
        &["Marco Lind"],
    ),
    (
        "Chief executive Ana Ruiz said: \"Our profits will recover next year.\"",
        &["Ana Ruiz"],
    ),
    (
        "Patient Graham Tilsley said: \"I feel much better now.\"",
        &["Graham Tilsley"],
    ),
    (
        "Lawyer Piotr Zielinski told reporters: \"This is my last season.\"",
        &["Piotr Zielinski"],
    ),
    (
        "Historian Erik Halvorsen said: \"Half of the collection has never been shown.\"",
        &["Erik Halvorsen"],
    ),
    (
        "Engineer Ravi Menon said: \"The river fought us all the way.\"",
        &["Ravi Menon"],
    ),
    (
        "Shopkeeper Dariusz Kowal said: \"Trade has doubled since the square reopened.\"",
        &["Dariusz Kowal"],
    ),
    (
        "Firefighter Bogdan Ionescu said: \"We are exhausted but we will hold the line.\"",
        &["Bogdan Ionescu"],
    ),
    (
        "Economist Kofi Mensah said: \"The plan is on the table and it is fully costed.\"",
        &["Kofi Mensah"],
    ),
    (
        "Student Ade Okonjo, 21, said: \"I just want to play every week.\"",
        &["Ade Okonjo"],
    ),
    (
        "Farmer Siobhan Quirke said: \"Prices have not moved in ten years.\"",
        &["Siobhan Quirke"],
    ),
    (
        "\"The talks went well,\" a top aide said, \"and we expect a deal soon.\"",
        &["top aide", "top aide"],
    ),
    (
        "Vance, a top aide said, \"is very confident about the vote.\"",
        &["top aide"],
    ),
    (
        "\"Nobody expected this,\" a senior official said, \"least of all the minister.\"",
        &["senior official", "senior official"],
    ),
    (
        "Harlow, one adviser said, \"has never lost a fight like this.\"",
        &["adviser"],
    ),
    (
        "\"It is a disaster,\" a local councillor said, \"and someone must answer for it.\"",
        &["local councillor", "local councillor"],
    ),
    (
        "The minister met Paul Ruiz, who told reporters: \"The deal is dead.\"",
        &["Paul Ruiz"],
    ),
    (
        "Senator Ellen Park told Joe Brant, who suggested that \"the bill is doomed.\"",
        &["Joe Brant"],
    ),
    (
        "The governor spoke to Maria Costa, who said that \"nothing has been decided yet.\"",
        &["Maria Costa"],
    ),
    (
        "Coach Darren Webb called Ivan Petrov, who replied that \"the club has made its choice.\"",
        &["Ivan Petrov"],
    ),
    (
        "\"The risk is small,\" according to the agency's director, Maria Costa.",
        &["Maria Costa"],
    ),
];

/// The speakers of the direct and partial quotations of `text`, in order.
fn speakers(text: &str) -> Vec<String> {
    let doc = Document::from_raw(text);
    let ex = extract_quotes(&doc);
    ex.quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| {
            q.speaker
                .map_or_else(String::new, |s| ex.speakers[s].name.clone())
        })
        .collect()
}

fn check_table(table: &[(&str, &[&str])]) {
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|(text, want)| {
            let got = speakers(text);
            (got != *want).then(|| format!("{text:?}: got {got:?}, want {want:?}"))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        table.len(),
        wrong.join("\n")
    );
}

#[test]
fn a_pronoun_after_a_newly_introduced_person_is_that_person() {
    check_table(NEW_PERSON_BEFORE_A_PRONOUN);
}

#[test]
fn roles_asides_and_relative_clauses_name_the_right_speaker() {
    check_table(ROLES_ASIDES_AND_RELATIVE_CLAUSES);
}
