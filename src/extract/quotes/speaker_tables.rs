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

/// Sieve `document_agent`: `according to a court document filed by X`,
/// `a report released by X`: the document's author (after an authoring
/// participle and `by`) is the source, not the document, when a person or
/// people wrote it; an institution's report or filing stays the document.
/// Whoever obtained or saw a document is not its author (`documents
/// obtained by the Herald`, `a report seen by the BBC`), and `a study by
/// …` stays the study.
const DOCUMENT_FILED_BY_ITS_AUTHOR: &[(&str, &[&str])] = &[
    (
        "\"The evidence was thin,\" according to a court document filed by county prosecutor Ellen Marsh.",
        &["Ellen Marsh"],
    ),
    (
        "\"We found no wrongdoing,\" according to a report released by the state auditor, Tom Kiley.",
        &["Tom Kiley"],
    ),
    (
        "\"The plant leaked for years,\" according to a lawsuit filed by the Green River Alliance.",
        &["lawsuit"],
    ),
    (
        "\"The drug was never tested on children,\" according to a complaint filed by the Ohio Attorney General.",
        &["Ohio Attorney General"],
    ),
    (
        "\"Staff were told to delete the files,\" according to a memo written by the chief of staff, Rachel Onyango.",
        &["Rachel Onyango"],
    ),
    (
        "\"The bridge is unsafe,\" according to a letter signed by Mayor Karen Bell.",
        &["Karen Bell"],
    ),
    (
        "\"The company misled investors,\" according to a filing submitted by the Securities and Exchange Commission and a complaint by the state.",
        &["filing"],
    ),
    (
        "\"Wages have not kept pace with rents,\" according to a report published by the Resolution Foundation.",
        &["report"],
    ),
    (
        "\"The border was open for six hours,\" according to a statement issued by the Interior Ministry.",
        &["statement"],
    ),
    (
        "\"Three officers ignored the warnings,\" according to an indictment filed by federal prosecutors.",
        &["federal prosecutors"],
    ),
    (
        "\"Nobody checked the wiring,\" according to a petition signed by tenants of the tower.",
        &["tenants"],
    ),
    (
        "\"The fund lost a third of its value,\" according to an audit prepared by the accountancy firm Lyle & Hart.",
        &["audit"],
    ),
    (
        "\"The coach knew about the abuse,\" according to a lawsuit lodged by three former players.",
        &["three former players"],
    ),
    (
        "\"The vote was rigged,\" according to an editorial written by opposition leader Samuel Oduya.",
        &["Samuel Oduya"],
    ),
    (
        "\"The mine was flooded on purpose,\" according to a letter sent by the miners' union.",
        &["letter"],
    ),
    (
        "\"Costs rose by half,\" according to documents obtained by the Herald.",
        &[""],
    ),
    (
        "\"The minister was warned twice,\" according to a report seen by the BBC.",
        &["report"],
    ),
    (
        "\"The levy cut emissions,\" according to a study by two economists.",
        &["study"],
    ),
];

/// Sieve `where_clause_participle`: `The minister spoke near the factory,
/// where 40 workers had gathered, chanting "…"`: the participle goes with
/// the `where` clause's subject, not the main clause's. A `where` clause
/// whose subject cannot speak (`where the vote was held`) or is a pronoun
/// leaves the participle to the main clause.
const PARTICIPLE_AFTER_A_WHERE_CLAUSE: &[(&str, &[&str])] = &[
    (
        "The minister spoke near the factory, where about 40 workers had gathered on Monday, chanting \"fair pay now\" outside.",
        &["40 workers"],
    ),
    (
        "The mayor visited the school, where dozens of parents had assembled, shouting \"close the road\" at passing cars.",
        &["dozens of parents"],
    ),
    (
        "The governor toured the hospital, where nurses had lined the corridor, chanting \"safe staffing saves lives.\"",
        &["nurses"],
    ),
    (
        "The prime minister arrived at the stadium, where thousands of fans had gathered, singing \"we want our club back.\"",
        &["thousands of fans"],
    ),
    (
        "The senator held a rally in the park, where some 200 farmers had driven their tractors, chanting \"no deal, no food.\"",
        &["200 farmers"],
    ),
    (
        "The chancellor spoke at the depot, where bus drivers had set up a picket line, shouting \"not one penny less.\"",
        &["bus drivers"],
    ),
    (
        "The king visited the flooded town, where residents had waited for days, calling the relief effort \"far too slow.\"",
        &["residents"],
    ),
    (
        "The company held its meeting at the hotel, where roughly 50 shareholders had gathered, demanding \"a new board now.\"",
        &["50 shareholders"],
    ),
    (
        "Anna Berg spoke at the hall, where the vote was held, saying \"the count was fair.\"",
        &["Anna Berg"],
    ),
    (
        "The president addressed the nation from the palace, where he had lived since 2019, saying \"our enemies will fail.\"",
        &["president"],
    ),
    (
        "Tom Hale visited the town, where the factory closed last year, calling it \"a scandal.\"",
        &["Tom Hale"],
    ),
    (
        "The minister cut the ribbon at the clinic, where a crowd of patients had gathered, shouting \"too little, too late.\"",
        &["crowd of patients"],
    ),
    (
        "Maria Costa spoke outside the court, where the verdict was read, saying \"justice was done today.\"",
        &["Maria Costa"],
    ),
    (
        "The minister visited the college, where hundreds of students had gathered, chanting \"cut fees, not teachers.\"",
        &["hundreds of students"],
    ),
    (
        "The candidate spoke in the square, where nearly 300 pensioners had gathered, shouting \"hands off our pensions.\"",
        &["300 pensioners"],
    ),
];

/// Sieve `zero_relative_subject`: `the files the ministry says are "…"`: a
/// relative clause without `that` has its own subject; the noun it
/// describes (`the files`) does not speak.
const ZERO_RELATIVE_CLAUSE_SUBJECT: &[(&str, &[&str])] = &[
    (
        "Critics want the files released, even the ones the ministry now says are \"highly sensitive.\"",
        &["ministry"],
    ),
    (
        "Investors doubt the figures the company says were \"independently audited.\"",
        &["company"],
    ),
    (
        "Residents rejected the plans the council says are \"the best option available.\"",
        &["council"],
    ),
    (
        "The union published the letters the employer says were \"never sent.\"",
        &["employer"],
    ),
    (
        "Fans mocked the stadium the club says is \"world class.\"",
        &["club"],
    ),
    (
        "Voters have seen the emails the campaign says were \"taken out of context.\"",
        &["campaign"],
    ),
    (
        "Doctors questioned the drug the manufacturer says is \"completely safe.\"",
        &["manufacturer"],
    ),
    (
        "Farmers fear the rules the government says will \"protect the land.\"",
        &["government"],
    ),
    (
        "The report described the tests the agency says were \"rushed.\"",
        &["agency"],
    ),
    (
        "Engineers inspected the dam the authority says is \"sound.\"",
        &["authority"],
    ),
    ("Tom Hale said the deal was \"a good one.\"", &["Tom Hale"]),
    (
        "The ministry said the files are \"highly sensitive.\"",
        &["ministry"],
    ),
    (
        "Parents distrust the tests the school says are \"fair to every pupil.\"",
        &["school"],
    ),
    (
        "Neighbours oppose the mast the operator says is \"perfectly safe.\"",
        &["operator"],
    ),
    (
        "Drivers complain about the fines the city says have \"cut traffic by a third.\"",
        &["city"],
    ),
    (
        "Patients still wait for the scans the hospital says were \"cleared last month.\"",
        &["hospital"],
    ),
];

/// A person named in a sentence with no quotation, then `he said` / `she
/// said`: a name is a person's when a role stands in apposition after it
/// (`Marcus Dunmore, the bank's security director,`, also owned by a
/// name: `Varberg's sporting director`) or its first name is listed
/// (`lexicon/first_names.tsv`), so the pronoun finds the new person.
const PERSON_NAMED_WITH_A_ROLE_OR_LISTED_FIRST_NAME: &[(&str, &[&str])] = &[
    (
        "The bank was fined on Tuesday.\n\nMarcus Dunmore, the bank's security director, struck a worrying note. \"We have seen evidence of fraud,\" he said.",
        &["Marcus Dunmore"],
    ),
    (
        "The airline cancelled 300 flights.\n\nPia Lund, a spokeswoman for the airline, was blunt. \"We had no choice,\" she said.",
        &["Pia Lund"],
    ),
    (
        "The council met on Monday. Felix Brandt, the council's finance director, presented the budget. \"It is the hardest in a decade,\" he said.",
        &["Felix Brandt"],
    ),
    (
        "Water was cut off to 8,000 homes.\n\nNadia Haddad was among those affected. \"We queued for bottled water for hours,\" she said.",
        &["Nadia Haddad"],
    ),
    (
        "Doctors at the clinic went on strike. Mateo Ruiz, the clinic's medical director, backed them. \"The staff are exhausted,\" he said.",
        &["Mateo Ruiz"],
    ),
    (
        "The club sacked its manager.\n\nGreta Olsen, Varberg's sporting director, explained the decision. \"Results were not good enough,\" she said.",
        &["Greta Olsen"],
    ),
    (
        "The ferry ran aground near the harbour. Lars Nygaard, a passenger from Bergen, filmed the rescue. \"Everyone stayed calm,\" he said.",
        &["Lars Nygaard"],
    ),
    (
        "Rents rose again this year.\n\nMonica Salas has lived in the same flat for 20 years. \"I cannot afford to move,\" she said.",
        &["Monica Salas"],
    ),
    (
        "Floods hit the valley overnight. Ivan Petrenko, the town's fire director, led the rescue. \"The water rose a metre in an hour,\" he said.",
        &["Ivan Petrenko"],
    ),
    (
        "The factory will close in June.\n\nElena Rossi, the plant's union representative, spoke to workers. \"We will fight this,\" she said.",
        &["Elena Rossi"],
    ),
    (
        "The exam results were published. Theo Marsh, 17, opened his envelope at school. \"I got the grades I needed,\" he said.",
        &["Theo Marsh"],
    ),
    (
        "The hospital opened a new ward.\n\nYasmin Karim, the hospital's chief nurse, gave a tour. \"This changes everything for patients,\" she said.",
        &["Yasmin Karim"],
    ),
    (
        "Police closed the motorway for six hours. Andre Dubois, a lorry driver, was stuck in the queue. \"Nobody told us anything,\" he said.",
        &["Andre Dubois"],
    ),
    (
        "The mayor announced the plan.\n\nZara Ahmed, a local shopkeeper, welcomed it. \"Trade has been terrible,\" she said.",
        &["Zara Ahmed"],
    ),
    (
        "The festival was cancelled. Oscar Lindqvist, the festival's director, apologised. \"We had no option,\" he said.",
        &["Oscar Lindqvist"],
    ),
    (
        "The strike entered its third day.\n\nCamille Laurent, a teacher at the school, joined the picket line. \"We are not giving up,\" she said.",
        &["Camille Laurent"],
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

#[test]
fn a_document_filed_by_someone_is_their_words() {
    check_table(DOCUMENT_FILED_BY_ITS_AUTHOR);
}

#[test]
fn a_participle_after_a_where_clause_is_that_clauses_subjects() {
    check_table(PARTICIPLE_AFTER_A_WHERE_CLAUSE);
}

#[test]
fn a_relative_clause_without_that_speaks_for_its_own_subject() {
    check_table(ZERO_RELATIVE_CLAUSE_SUBJECT);
}

#[test]
fn a_person_named_with_a_role_or_a_listed_first_name_is_found_by_a_pronoun() {
    check_table(PERSON_NAMED_WITH_A_ROLE_OR_LISTED_FIRST_NAME);
}
