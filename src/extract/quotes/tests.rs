//! Named cases for every quote form, through one `check` helper.

use super::*;

/// Extracts quotes from `text` and compares (text, kind, speaker) of every
/// quote of the kinds listed in `expected` (indirect speech is only
/// compared when an expected entry is indirect).
fn check(text: &str, expected: &[(&str, QuoteKind, Option<&str>)]) {
    let doc = Document::from_raw(text);
    let ex = extract_quotes(&doc);
    let want_indirect = expected.iter().any(|e| e.1 == QuoteKind::Indirect);
    let got: Vec<(String, QuoteKind, Option<String>)> = ex
        .quotes
        .iter()
        .filter(|q| want_indirect || q.kind != QuoteKind::Indirect)
        .map(|q| {
            (
                doc.slice(q.span).to_string(),
                q.kind,
                q.speaker.map(|s| ex.speakers[s].name.clone()),
            )
        })
        .collect();
    let expected: Vec<(String, QuoteKind, Option<String>)> = expected
        .iter()
        .map(|(t, k, s)| (t.to_string(), *k, s.map(str::to_string)))
        .collect();
    assert_eq!(got, expected, "quotes in {text:?}");
}

use QuoteKind::{Direct, Indirect, NonSpeech, Partial};

#[test]
fn speaker_before_with_colon_and_apposition() {
    check(
        "Anne Rainsberry, national incident director for NHS England, said: \"We are monitoring the situation.\"",
        &[(
            "We are monitoring the situation.",
            Direct,
            Some("Anne Rainsberry"),
        )],
    );
}

#[test]
fn speaker_after_in_both_orders() {
    check(
        "\"We have made a fair offer,\" said Martin Achebe, the company's managing director.",
        &[("We have made a fair offer,", Direct, Some("Martin Achebe"))],
    );
    check(
        "\"This is a wholly unnecessary dispute,\" Hunt told BBC Radio 4's World at One programme.",
        &[(
            "This is a wholly unnecessary dispute,",
            Direct,
            Some("Hunt"),
        )],
    );
    check(
        "'We've brought in independent experts,' Mulvey said.",
        &[(
            "We've brought in independent experts,",
            Direct,
            Some("Mulvey"),
        )],
    );
}

#[test]
fn told_the_bbc_and_according_to() {
    check(
        "Hearthstone chief economist Farah Qureshi told the BBC: \"The market has regained its footing.\"",
        &[(
            "The market has regained its footing.",
            Direct,
            Some("Farah Qureshi"),
        )],
    );
    check(
        "According to Dr Helen Okoro, \"the bearings were at the end of their life.\"",
        &[(
            "the bearings were at the end of their life.",
            Direct,
            Some("Helen Okoro"),
        )],
    );
    check(
        "The bearings were “at the end of their working life”, according to Dr Helen Okoro, the council’s engineer.",
        &[(
            "at the end of their working life",
            Partial,
            Some("Helen Okoro"),
        )],
    );
}

#[test]
fn quote_split_by_its_attribution() {
    check(
        "\"We did not take this decision lightly,\" said Priya Raman. \"The advice was clear.\"",
        &[
            (
                "We did not take this decision lightly,",
                Direct,
                Some("Priya Raman"),
            ),
            ("The advice was clear.", Direct, Some("Priya Raman")),
        ],
    );
    check(
        "'We got a few things wrong,' chief executive Niamh Cassidy said, 'and I am sorry.'",
        &[
            ("We got a few things wrong,", Direct, Some("Niamh Cassidy")),
            ("and I am sorry.", Direct, Some("Niamh Cassidy")),
        ],
    );
}

#[test]
fn quote_over_several_paragraphs_has_one_speaker() {
    check(
        "A BMA spokeswoman said: \"Since we asked junior doctors to go in, it is no surprise.\n\n\"The simple fact is that the government cannot ignore them.\"",
        &[
            (
                "Since we asked junior doctors to go in, it is no surprise.",
                Direct,
                Some("BMA spokeswoman"),
            ),
            (
                "The simple fact is that the government cannot ignore them.",
                Direct,
                Some("BMA spokeswoman"),
            ),
        ],
    );
}

#[test]
fn continuation_after_an_attributed_quote_or_reported_speech() {
    check(
        "\"No NHS worker takes this lightly,\" he added. \"It is time to negotiate.\"",
        &[
            ("No NHS worker takes this lightly,", Direct, None),
            ("It is time to negotiate.", Direct, None),
        ],
    );
    check(
        "Jeremy Corbyn backed the strike.\n\n\"No NHS worker takes this lightly,\" he added. \"It is time to negotiate.\"",
        &[
            (
                "No NHS worker takes this lightly,",
                Direct,
                Some("Jeremy Corbyn"),
            ),
            ("It is time to negotiate.", Direct, Some("Jeremy Corbyn")),
        ],
    );
    check(
        "Gary Whitlock, aged 54, who runs the Riverside Café, said he had lost a third of his takings.\n\n“People come over the bridge on their way to work.”",
        &[(
            "People come over the bridge on their way to work.",
            Direct,
            Some("Gary Whitlock"),
        )],
    );
}

#[test]
fn partial_quotes_take_the_cue_of_their_sentence() {
    check(
        "Labour leader Jeremy Corbyn has backed the action. He blamed the government's \"appalling\" behaviour.",
        &[("appalling", Partial, Some("Jeremy Corbyn"))],
    );
    check(
        "Head teacher Janet Morrow said the mood was \"joyful, and a little relieved\".",
        &[(
            "joyful, and a little relieved",
            Partial,
            Some("Janet Morrow"),
        )],
    );
    check(
        "The airline cancelled 412 flights after what it called a 'rostering system failure'. Corvia Airlines said sorry.",
        &[("rostering system failure", Partial, None)],
    );
}

#[test]
fn curly_single_and_nested_marks() {
    check(
        "‘It’s the airline’s fault,’ she said, ‘and they told me “no refunds”.’",
        &[
            ("It’s the airline’s fault,", Direct, None),
            ("and they told me “no refunds”.", Direct, None),
        ],
    );
}

#[test]
fn an_unpaired_mark_costs_only_its_paragraph() {
    check(
        "He said \"this never closes.\n\n\"It is over,\" said Tom Reddaway.",
        &[("It is over,", Direct, Some("Tom Reddaway"))],
    );
}

#[test]
fn names_titles_and_scare_quotes_are_not_speech() {
    check(
        "The crossing, known locally as \"the Green Giant\", carries 38,000 cars.",
        &[("the Green Giant", NonSpeech, None)],
    );
    check(
        "The so-called “race for space” has lost momentum.",
        &[("race for space", NonSpeech, None)],
    );
    check(
        "Candidates have been dubbed the \"Class of Covid\" by teachers.",
        &[("Class of Covid", NonSpeech, None)],
    );
    check(
        "Corvia blamed a fault in its 'Always On' rostering platform.",
        &[("Always On", NonSpeech, None)],
    );
    check(
        "The council launched a \"Wendmouth is open\" campaign.",
        &[("Wendmouth is open", NonSpeech, None)],
    );
    check(
        "Officials called it a \"temporary pause\" in talks.",
        &[("temporary pause", Partial, Some("Officials"))],
    );
}

#[test]
fn a_programme_title_after_a_possessive_is_no_part_of_the_quote() {
    // The full stop inside the marks does not make the title a sentence,
    // and the continuation after it is still the speaker's.
    check(
        "\"I think we will win,\" Sanders said on CNN's \"State of the Union.\" \"We have momentum.\"",
        &[
            ("I think we will win,", Direct, Some("Sanders")),
            ("State of the Union.", NonSpeech, None),
            ("We have momentum.", Direct, Some("Sanders")),
        ],
    );
}

#[test]
fn reported_speech_is_indirect_with_its_content_clause() {
    check(
        "NHS England said 39% of junior doctors had reported for duty.",
        &[(
            "39% of junior doctors had reported for duty",
            Indirect,
            Some("NHS England"),
        )],
    );
    check(
        "Bus services have been rerouted, the council said.",
        &[("Bus services have been rerouted", Indirect, Some("council"))],
    );
    check(
        "A spokesman for Corbyn told IBTimes UK that he would not visit the pickets.",
        &[(
            "that he would not visit the pickets",
            Indirect,
            Some("Corbyn spokesman"),
        )],
    );
}

#[test]
fn organisations_speak_through_definite_descriptions() {
    check(
        "Wendmouth Borough Council shut the bridge.\n\nIn a statement, the council said: “We apologise for the disruption.”",
        &[(
            "We apologise for the disruption.",
            Direct,
            Some("Wendmouth Borough Council"),
        )],
    );
}

#[test]
fn pronouns_prefer_the_subject_of_the_sentence() {
    check(
        "Mary Cheney, who married her partner, Heather Poe, last year, took to Facebook.\n\n\"I love my sister, but she is dead wrong,\" she wrote.",
        &[(
            "I love my sister, but she is dead wrong,",
            Direct,
            Some("Mary Cheney"),
        )],
    );
}

#[test]
fn participles_after_a_comma_take_the_main_subject() {
    check(
        "Bloomberg contrasted his record with Trump's, saying \"I built a business without my father's money.\"",
        &[(
            "I built a business without my father's money.",
            Direct,
            Some("Bloomberg"),
        )],
    );
    check(
        "The mayor responded on Twitter late Friday, calling it \"a very sad day for our city and its people.\"",
        &[(
            "a very sad day for our city and its people.",
            Partial,
            Some("mayor"),
        )],
    );
}

#[test]
fn passive_verbs_and_nouns_are_not_cues() {
    // The quotation is Floyd's, not Chauvin's: `was found` is no cue.
    check(
        "Chauvin was found guilty. \"We will celebrate his life in a special way,\" his sister, Bridgett Floyd, said.",
        &[(
            "We will celebrate his life in a special way,",
            Direct,
            Some("Bridgett Floyd"),
        )],
    );
    check(
        "Mary Cheney concluded her Facebook post: \"Please like and share if you agree.\"",
        &[(
            "Please like and share if you agree.",
            Direct,
            Some("Mary Cheney"),
        )],
    );
}

#[test]
fn names_keep_titles_dates_and_party_labels_out() {
    check(
        "Secretary of the Interior Ryan Zinke said: \"Conservation and healthy herds are critical.\"",
        &[(
            "Conservation and healthy herds are critical.",
            Direct,
            Some("Ryan Zinke"),
        )],
    );
    check(
        "Mr. Obama on Thursday said, \"I can assure the public that nothing improper took place.\"",
        &[(
            "I can assure the public that nothing improper took place.",
            Direct,
            Some("Obama"),
        )],
    );
    check(
        "Speaker Paul Ryan, R-Wis., said: \"You cannot end birthright citizenship with an executive order.\"",
        &[(
            "You cannot end birthright citizenship with an executive order.",
            Direct,
            Some("Paul Ryan"),
        )],
    );
}

#[test]
fn a_capitalised_word_opening_a_sentence_is_not_a_speaker() {
    check(
        "Federal law makes it a crime for anyone \"who promises any employment or other benefit\" to a candidate.",
        &[(
            "who promises any employment or other benefit",
            NonSpeech,
            None,
        )],
    );
}

#[test]
fn a_comma_inside_reported_speech_does_not_introduce_a_quotation() {
    check(
        "Obama said it is unrealistic to think that if the U.S. pulls back, \"our oceans are going to save us.\"",
        &[
            (
                "it is unrealistic to think that if the U.S. pulls back, \"our oceans are going to save us.\"",
                Indirect,
                Some("Obama"),
            ),
            ("our oceans are going to save us.", Partial, Some("Obama")),
        ],
    );
    // A quotation closing the paragraph before does not make this one a split quotation.
    check(
        "Ryan said, \"Sure.\"\n\nRyan said it is unrealistic to think that if we pull back, \"our oceans are going to save us.\"",
        &[
            ("Sure.", Direct, Some("Ryan")),
            (
                "it is unrealistic to think that if we pull back, \"our oceans are going to save us.\"",
                Indirect,
                Some("Ryan"),
            ),
            ("our oceans are going to save us.", Partial, Some("Ryan")),
        ],
    );
    // An introductory phrase before the attribution is not reported speech.
    let text =
        "Asked if the comments had rattled them, Ryan said, \"Sure. Everybody pays attention.\"";
    check(
        text,
        &[("Sure. Everybody pays attention.", Direct, Some("Ryan"))],
    );
    let doc = Document::from_raw(text);
    let quote_start = text.find("Sure").unwrap_or(0);
    assert!(
        extract_quotes(&doc)
            .quotes
            .iter()
            .all(|q| q.kind != Indirect || q.span.end <= quote_start),
        "no reported speech holds the quotation in {text:?}"
    );
    check(
        "Obama told reporters on Monday, \"Our oceans will not save us.\"",
        &[("Our oceans will not save us.", Direct, Some("Obama"))],
    );
}

#[test]
fn documents_and_unnamed_sources_speak() {
    check(
        "\"These assessments do not apply,\" a footnote said.",
        &[("These assessments do not apply,", Direct, Some("footnote"))],
    );
    check(
        "\"It's a way to participate,\" said a source involved in the effort.",
        &[("It's a way to participate,", Direct, Some("source"))],
    );
    check(
        "\"She didn't like that,\" said a 2008 Clinton veteran.",
        &[(
            "She didn't like that,",
            Direct,
            Some("2008 Clinton veteran"),
        )],
    );
}

#[test]
fn a_verb_coordinated_with_the_main_one_shares_its_subject() {
    check(
        "Paul Ryan criticised the policy and said allies wanted to know if the U.S. is \"still in the game.\"",
        &[
            (
                "allies wanted to know if the U.S. is \"still in the game.\"",
                Indirect,
                Some("Paul Ryan"),
            ),
            ("still in the game.", Partial, Some("Paul Ryan")),
        ],
    );
}

#[test]
fn an_attribution_interrupting_a_clause_reports_the_whole_clause() {
    check(
        "Judging them by national polls, Stevens said, \"is like looking at a bowling average.\"",
        &[
            (
                "Judging them by national polls, Stevens said, \"is like looking at a bowling average.\"",
                Indirect,
                Some("Stevens"),
            ),
            (
                "is like looking at a bowling average.",
                Direct,
                Some("Stevens"),
            ),
        ],
    );
    // An ASCII hyphen used as a dash sets off a quotation split by its attribution.
    check(
        "He turned on the company - ''I love Oreos,'' he said, ''I will never eat them again'' - and vowed a tariff.",
        &[
            ("I love Oreos,", Direct, None),
            ("I will never eat them again", Direct, None),
        ],
    );
}

#[test]
fn a_whole_quoted_sentence_after_an_opening_phrase_is_direct() {
    check(
        "As for his pronouncements, ''I kind of write them off,'' said Mr. Pike, who sold a start-up. ''He's more of a moderate.''",
        &[
            ("I kind of write them off,", Direct, Some("Pike")),
            ("He's more of a moderate.", Direct, Some("Pike")),
        ],
    );
}

#[test]
fn an_infinitive_cue_introducing_a_quotation() {
    check(
        "The debate was so subdued that Mr. Trump was prompted to say, ''So far, I cannot believe how civil it's been.''",
        &[(
            "So far, I cannot believe how civil it's been.",
            Direct,
            Some("Trump"),
        )],
    );
    // Without a quotation an infinitive reports nothing.
    let doc = Document::from_raw("Ms. Lee declined to say whether the talks had failed.");
    let ex = extract_quotes(&doc);
    assert!(
        ex.quotes.iter().all(|q| q.cue.as_deref() != Some("say")),
        "{:?}",
        ex.quotes
    );
}

#[test]
fn a_long_apposition_between_quotation_and_cue() {
    check(
        "''The plank is tougher,'' Elaine C. Kamarck, a senior fellow at the Brookings Institution and a Democratic superdelegate, wrote in an analysis.",
        &[("The plank is tougher,", Direct, Some("Elaine C. Kamarck"))],
    );
}

#[test]
fn a_colon_after_a_name_introduces_that_person() {
    check(
        "The surge doesn't surprise Republican pollster Daron Shaw: \"Lesser-known candidates have seen the biggest boost.\"",
        &[(
            "Lesser-known candidates have seen the biggest boost.",
            Direct,
            Some("Daron Shaw"),
        )],
    );
}

#[test]
fn reported_speech_running_on_from_a_quotation() {
    check(
        "\"We don't teach anything\" against it in the mosque meetings, Nefzi said.",
        &[
            (
                "\"We don't teach anything\" against it in the mosque meetings",
                Indirect,
                Some("Nefzi"),
            ),
            ("We don't teach anything", Direct, Some("Nefzi")),
        ],
    );
    check(
        "Trump says \"the whole game has become screwed up\" because \"football has become soft.\"",
        &[
            (
                "\"the whole game has become screwed up\" because \"football has become soft.\"",
                Indirect,
                Some("Trump"),
            ),
            (
                "the whole game has become screwed up",
                Partial,
                Some("Trump"),
            ),
            ("football has become soft.", Partial, Some("Trump")),
        ],
    );
}

#[test]
fn epigraph_with_a_dash() {
    check(
        "“Mr. Trump embodies the lasting legacy of racism.” ― Sonya Herridge",
        &[(
            "Mr. Trump embodies the lasting legacy of racism.",
            Direct,
            Some("Sonya Herridge"),
        )],
    );
}

#[test]
fn inverted_cue_before_a_long_apposition_reports_the_clause_before_it() {
    check(
        "\"We are delighted\" with the ruling, said Maria Lopez, head of the tenants' association, which had sued the city.",
        &[
            (
                "\"We are delighted\" with the ruling",
                Indirect,
                Some("Maria Lopez"),
            ),
            ("We are delighted", Direct, Some("Maria Lopez")),
        ],
    );
}

#[test]
fn any_prepositional_tail_after_a_trailing_cue_is_adverbial() {
    check(
        "Ana Ruiz runs the firm. Prices had \"gone through the roof\" over the summer, she said in a video message to shareholders.",
        &[
            (
                "Prices had \"gone through the roof\" over the summer",
                Indirect,
                Some("Ana Ruiz"),
            ),
            ("gone through the roof", Partial, Some("Ana Ruiz")),
        ],
    );
}

#[test]
fn reported_clause_holding_a_quotation_of_several_sentences() {
    check(
        "Mr Ortiz spoke at length. The old guard \"were tired. They were dull. Nobody cared\" in those years, Ortiz said.",
        &[
            (
                "The old guard \"were tired. They were dull. Nobody cared\" in those years",
                Indirect,
                Some("Ortiz"),
            ),
            (
                "were tired. They were dull. Nobody cared",
                Partial,
                Some("Ortiz"),
            ),
        ],
    );
}

#[test]
fn trailing_cue_before_a_contrasting_clause_reports_both_sides() {
    check(
        "The pass rate rose three points from last year, the exam board said, while fewer pupils sat science.",
        &[(
            "The pass rate rose three points from last year, the exam board said, while fewer pupils sat science",
            Indirect,
            Some("exam board"),
        )],
    );
}

#[test]
fn inverted_cue_after_a_partial_quotation_reports_the_whole_clause() {
    check(
        "The council's budget \"could be balanced within two years,\" said Omar Farid, the finance chair.",
        &[
            (
                "The council's budget \"could be balanced within two years,\"",
                Indirect,
                Some("Omar Farid"),
            ),
            (
                "could be balanced within two years,",
                Partial,
                Some("Omar Farid"),
            ),
        ],
    );
}

#[test]
fn the_person_told_is_skipped_before_a_quotation_or_a_clause() {
    check(
        "Mayor Ines Duarte told the crowd, \"We will rebuild this bridge.\"",
        &[("We will rebuild this bridge.", Direct, Some("Ines Duarte"))],
    );
    check(
        "Hunt told BBC Radio 4 the dispute was unnecessary.",
        &[("the dispute was unnecessary", Indirect, Some("Hunt"))],
    );
    check(
        "Duarte told her supporters the bridge would reopen in May.",
        &[("the bridge would reopen in May", Indirect, Some("Duarte"))],
    );
}

#[test]
fn a_statement_named_before_speaks_for_its_issuer() {
    check(
        "\"We can't wait,\" Okafor said in a statement released by his campaign. \"We will win,\" the statement continued.",
        &[
            ("We can't wait,", Direct, Some("Okafor")),
            ("We will win,", Direct, Some("Okafor")),
        ],
    );
    check(
        "Each side released an identical statement. \"Talks go on,\" the statement said.",
        &[("Talks go on,", Direct, Some("statement"))],
    );
}

#[test]
fn a_document_is_the_subject_and_in_a_statement_is_not() {
    check(
        "The statement said \"the matter is now closed.\"",
        &[("the matter is now closed.", Partial, Some("statement"))],
    );
    check(
        "The council in a statement said \"the matter is now closed.\"",
        &[("the matter is now closed.", Partial, Some("council"))],
    );
}

#[test]
fn an_attribution_in_the_middle_of_a_clause_reports_all_of_it() {
    check(
        "Rosa Lind spoke next. The new rules, she said, were \"written for the banks.\"",
        &[
            (
                "The new rules, she said, were \"written for the banks.\"",
                Indirect,
                Some("Rosa Lind"),
            ),
            ("written for the banks.", Partial, Some("Rosa Lind")),
        ],
    );
    // The clause runs to the end of a quotation it opens, past its full stops.
    check(
        "Mills \"got a deal,\" Jordan said, and still \"sat in on the interview. It raises questions.\"",
        &[
            (
                "Mills \"got a deal,\" Jordan said, and still \"sat in on the interview. It raises questions.\"",
                Indirect,
                Some("Jordan"),
            ),
            ("got a deal,", Partial, Some("Jordan")),
            (
                "sat in on the interview. It raises questions.",
                Partial,
                Some("Jordan"),
            ),
        ],
    );
}

#[test]
fn a_short_term_opening_the_sentence_is_not_speech() {
    check(
        "\"Top secret\" is the highest level of classification.",
        &[("Top secret", NonSpeech, None)],
    );
    check(
        "\"Refoulement\" (forcible return) is forbidden by international law.",
        &[("Refoulement", NonSpeech, None)],
    );
}

#[test]
fn a_headline_credited_to_its_author_is_a_title() {
    check(
        "—\"Posthumous books could come with a lot of dollar signs,\" by Boston Globe's Joseph P. Kahn: http://bit.ly/1ICP930.",
        &[(
            "Posthumous books could come with a lot of dollar signs,",
            NonSpeech,
            None,
        )],
    );
}

#[test]
fn an_attribution_after_a_quoted_sentence_can_still_interrupt_the_next_clause() {
    check(
        "Ames admitted the plan had \"serious flaws.\" But, he said, \"nobody ever doubted the goal\" and nobody had asked him to stop.",
        &[
            ("the plan had \"serious flaws.\"", Indirect, Some("Ames")),
            ("serious flaws.", Partial, Some("Ames")),
            (
                "But, he said, \"nobody ever doubted the goal\" and nobody had asked him to stop",
                Indirect,
                Some("Ames"),
            ),
            ("nobody ever doubted the goal", Direct, Some("Ames")),
        ],
    );
}

#[test]
fn a_coordinated_participle_without_a_cue_stays_in_the_reported_clause() {
    check(
        "Lena Ortiz said she began phoning donors and sending them letters every week.",
        &[(
            "she began phoning donors and sending them letters every week",
            Indirect,
            Some("Lena Ortiz"),
        )],
    );
}

#[test]
fn a_reported_clause_before_a_colon_reports_the_quotation_with_it() {
    check(
        "Dara Kent said the mayor was a builder at heart: \"She loves cranes. She would pave the river if she could.\"",
        &[
            (
                "the mayor was a builder at heart: \"She loves cranes. She would pave the river if she could.\"",
                Indirect,
                Some("Dara Kent"),
            ),
            (
                "She loves cranes. She would pave the river if she could.",
                Direct,
                Some("Dara Kent"),
            ),
        ],
    );
    // A plain introduction is no reported clause.
    check(
        "Dara Kent told reporters on Monday: \"She loves cranes.\"",
        &[("She loves cranes.", Direct, Some("Dara Kent"))],
    );
}

#[test]
fn characterising_verbs_attribute_the_words_they_quote() {
    check(
        "Vance later defended his remarks as \"a joke.\"",
        &[
            ("his remarks as \"a joke.\"", Indirect, Some("Vance")),
            ("a joke.", Partial, Some("Vance")),
        ],
    );
}

#[test]
fn a_participle_that_is_no_cue_stays_in_the_reported_clause() {
    check(
        "Ruiz said the team had recovered, climbing from last place to a \"dead heat\" in March.",
        &[
            (
                "the team had recovered, climbing from last place to a \"dead heat\" in March",
                Indirect,
                Some("Ruiz"),
            ),
            ("dead heat", Partial, Some("Ruiz")),
        ],
    );
    check(
        "Ruiz said the team had recovered, adding that fans were back.",
        &[
            ("the team had recovered", Indirect, Some("Ruiz")),
            ("that fans were back", Indirect, Some("Ruiz")),
        ],
    );
}

#[test]
fn a_relative_clause_with_commas_before_the_cue_belongs_to_the_speaker() {
    check(
        "Mr. Okafor, whose company, Brightline, makes sensors, said the rules were \"written by lobbyists.\"",
        &[("written by lobbyists.", Partial, Some("Okafor"))],
    );
}

#[test]
fn a_conjunction_or_a_hometown_is_not_the_speaker() {
    check(
        "When Nadia Boyle said she was \"ready to serve,\" the crowd cheered.",
        &[("ready to serve,", Partial, Some("Nadia Boyle"))],
    );
    check(
        "Johnnie Ward, of Alexandria, Va., said he had fought \"for the nation's rights.\"",
        &[("for the nation's rights.", Partial, Some("Johnnie Ward"))],
    );
}

#[test]
fn a_reported_clause_running_on_after_a_quotation_is_reported_with_it() {
    check(
        "As she left, Mira Castel said, \"I am tired of the lies\" about her record, and the crowd booed.",
        &[
            (
                "\"I am tired of the lies\" about her record",
                Indirect,
                Some("Mira Castel"),
            ),
            ("I am tired of the lies", Direct, Some("Mira Castel")),
        ],
    );
}

#[test]
fn according_to_after_a_closing_mark_keeps_the_quotation_in_the_clause() {
    check(
        "The levy cut emissions with \"negligible effects on growth,\" according to a study by two economists.",
        &[
            (
                "The levy cut emissions with \"negligible effects on growth,\"",
                Indirect,
                Some("study"),
            ),
            ("negligible effects on growth,", Partial, Some("study")),
        ],
    );
}

#[test]
fn a_split_quotation_whose_first_part_sits_in_a_clause_reports_the_clause() {
    check(
        "Eva Marsh said she was undecided. His lead means \"he must be doing something right,\" she says, \"but I would not vote for him.\"",
        &[
            ("she was undecided", Indirect, Some("Eva Marsh")),
            (
                "His lead means \"he must be doing something right,\" she says, \"but I would not vote for him.\"",
                Indirect,
                Some("Eva Marsh"),
            ),
            (
                "he must be doing something right,",
                Partial,
                Some("Eva Marsh"),
            ),
            ("but I would not vote for him.", Direct, Some("Eva Marsh")),
        ],
    );
}

#[test]
fn a_speech_noun_after_a_possessive_reports_the_clause_after_it() {
    check(
        "Mayor Tom Reyes's recent assertion that \"thousands\" had left the city was false.",
        &[
            (
                "that \"thousands\" had left the city was false",
                Indirect,
                Some("Tom Reyes"),
            ),
            ("thousands", Partial, Some("Tom Reyes")),
        ],
    );
    check(
        "Ada Lund said the plan was late. Her remark that \"nobody reads the small print\" drew laughs.",
        &[
            ("the plan was late", Indirect, Some("Ada Lund")),
            (
                "that \"nobody reads the small print\" drew laughs",
                Indirect,
                Some("Ada Lund"),
            ),
            ("nobody reads the small print", Partial, Some("Ada Lund")),
        ],
    );
}

#[test]
fn an_agent_noun_heads_a_speaker_description() {
    check(
        "As the phone rang, the announcer said, \"It is three in the morning.\"",
        &[("It is three in the morning.", Direct, Some("announcer"))],
    );
}

#[test]
fn an_aside_between_dashes_belongs_to_the_speaker() {
    check(
        "Jon Dale, the chief executive of Ora -- the company that makes the show -- told me, \"We sell content.\"",
        &[("We sell content.", Direct, Some("Jon Dale"))],
    );
}

#[test]
fn a_doubled_apostrophe_closing_mark_ends_the_content_before_a_cue() {
    check(
        "Ann Rees spoke first. But ''it is a better use of capital,'' she added, to pursue a hybrid tax.",
        &[
            (
                "But ''it is a better use of capital,'' she added, to pursue a hybrid tax",
                Indirect,
                Some("Ann Rees"),
            ),
            ("it is a better use of capital,", Partial, Some("Ann Rees")),
        ],
    );
}

#[test]
fn reported_speech_runs_to_the_end_of_a_quotation_it_opens() {
    check(
        "The Forward reported that it had a video in which Lee said: \"He is a builder. I am a builder.\"",
        &[
            (
                "that it had a video in which Lee said: \"He is a builder. I am a builder.\"",
                Indirect,
                Some("Forward"),
            ),
            ("He is a builder. I am a builder.", Direct, Some("Lee")),
        ],
    );
}

#[test]
fn a_plural_group_is_a_speaker() {
    check(
        "The groups say they are \"concerned by the mixed messages.\"",
        &[("concerned by the mixed messages.", Partial, Some("groups"))],
    );
}

#[test]
fn a_cue_in_a_fronted_subordinate_clause_reports_only_that_clause() {
    check(
        "While Mayor Ruiz has condemned the new transit plan, the unions say they are \"deeply worried.\"",
        &[
            ("the new transit plan", Indirect, Some("Ruiz")),
            ("they are \"deeply worried.\"", Indirect, Some("unions")),
            ("deeply worried.", Partial, Some("unions")),
        ],
    );
}

#[test]
fn a_document_owned_by_a_possessive_speaks_for_its_owner() {
    check(
        "The Reyes campaign's statement declared \"the matter is now closed.\"",
        &[("the matter is now closed.", Partial, Some("Reyes campaign"))],
    );
}

#[test]
fn in_the_words_of_works_as_according_to() {
    check(
        "She dislikes \"surprises,\" in the words of one top staffer.",
        &[("surprises,", Partial, Some("top staffer"))],
    );
}

#[test]
fn a_determiner_phrase_of_unlisted_nouns_speaks() {
    // `front-runner` and `holdout` are in no role list; right before a
    // speech verb, the phrase is still the speaker.
    check(
        "The GOP front-runner complained that the contest had been \"rigged\" against him.",
        &[("rigged", Partial, Some("GOP front-runner"))],
    );
    check(
        "The lone holdout said the plan was \"a disaster\".",
        &[("a disaster", Partial, Some("lone holdout"))],
    );
    // Not a noun phrase: an adverb or a verb form ends it.
    check(
        "The vote was close and \"messy\".",
        &[("messy", NonSpeech, None)],
    );
}

#[test]
fn a_relative_pronoun_speaks_for_the_phrase_before_it() {
    check(
        "The event featured Stevie Wonder, who said, \"I haven't seen it yet.\"",
        &[("I haven't seen it yet.", Direct, Some("Stevie Wonder"))],
    );
    check(
        "They turned to the Chicago Police Department, which reported \"2,521 shooting incidents\" in the city.",
        &[(
            "2,521 shooting incidents",
            Partial,
            Some("Chicago Police Department"),
        )],
    );
    check(
        "He disowned remarks by a campaign surrogate who said voters were \"fools\" at a rally.",
        &[("fools", Partial, Some("campaign surrogate"))],
    );
    // The relative clause ends at its closing comma.
    check(
        "Jeremy Hunt, who has repeatedly said the strike was \"unnecessary\", spoke on Monday.",
        &[
            (
                "the strike was \"unnecessary\"",
                Indirect,
                Some("Jeremy Hunt"),
            ),
            ("unnecessary", Partial, Some("Jeremy Hunt")),
        ],
    );
}

#[test]
fn subjects_with_a_possessive_or_a_participle_phrase() {
    check(
        "His surrogates called him \"a genius\" for his strategies.",
        &[("a genius", Partial, Some("surrogates"))],
    );
    // A quoted question is complete: what follows is not reported with it.
    check(
        "Protesters marching through the streets chanted \"What curfew?\" and kept going.",
        &[("What curfew?", Partial, Some("Protesters"))],
    );
}

#[test]
fn likening_heralding_thanking_and_lauding_characterise() {
    check(
        "Another critic, Laurence H. Tribe, likened the rules to \"burning the Constitution\" - a charge that stung.",
        &[
            (
                "the rules to \"burning the Constitution\"",
                Indirect,
                Some("Laurence H. Tribe"),
            ),
            (
                "burning the Constitution",
                Partial,
                Some("Laurence H. Tribe"),
            ),
        ],
    );
    check(
        "Angela Merkel heralded the deal as a “breakthrough.”",
        &[("breakthrough.", Partial, Some("Angela Merkel"))],
    );
    check(
        "Bernie Sanders thanked its members “for their support in my campaign”.",
        &[(
            "for their support in my campaign",
            Partial,
            Some("Bernie Sanders"),
        )],
    );
    check(
        "The Treasury secretary also lauded Mr. Kim for the \"needed reforms.\"",
        &[("needed reforms.", Partial, Some("Treasury secretary"))],
    );
}

#[test]
fn one_description_is_one_speaker() {
    let doc = Document::from_raw("The spokesman said the figures were \"wrong\".");
    let ex = extract_quotes(&doc);
    assert_eq!(ex.speakers.len(), 1, "{:?}", ex.speakers);
    assert!(
        ex.quotes.iter().all(|q| q.speaker == Some(0)),
        "{:?}",
        ex.quotes
    );
}

#[test]
fn any_text_is_safe() {
    for text in [
        "\"",
        "'",
        "“”",
        "\"a\" \"",
        "said:",
        "\"\n\n\"",
        "— said",
        ": \"",
        "according to",
        "‘’’‘",
    ] {
        let _ = extract_quotes(&Document::from_raw(text));
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics_and_spans_are_in_bounds(s in "[a-zA-Z \"'“”‘’,.:\n—]{0,200}") {
            let doc = Document::from_raw(&s);
            let ex = extract_quotes(&doc);
            for q in &ex.quotes {
                prop_assert!(q.span.end <= doc.text.len());
                prop_assert!(doc.text.is_char_boundary(q.span.start) && doc.text.is_char_boundary(q.span.end));
                if let Some(sp) = q.speaker {
                    prop_assert!(sp < ex.speakers.len());
                }
                prop_assert!(q.group < ex.quotes.len());
            }
        }
    }
}

#[test]
fn a_quoted_transcript_gives_each_turn_to_its_speaker() {
    check(
        "Vice-presidential nominee Mike Pence spoke to Fox News.\n\n\
         \"WALLACE: Will Gennifer Flowers be there?\n\n\
         \"PENCE: Well, look, this is an episode of “Shark Tank.” But this is America.\n\n\
         \"(CROSSTALK.)\n\n\
         \"WALLACE: Governor, I don’t want to interrupt.\n\n\
         \"PENCE: And that’s why he is on his way to the White House.\"",
        &[
            ("Will Gennifer Flowers be there?", Direct, Some("Wallace")),
            (
                "Well, look, this is an episode of “Shark Tank.” But this is America.",
                Direct,
                Some("Mike Pence"),
            ),
            ("(CROSSTALK.)", NonSpeech, None),
            (
                "Governor, I don’t want to interrupt.",
                Direct,
                Some("Wallace"),
            ),
            (
                "And that’s why he is on his way to the White House.",
                Direct,
                Some("Mike Pence"),
            ),
        ],
    );
}

#[test]
fn the_items_of_a_list_of_quoted_terms_stand_together() {
    // Terms searched for are names, every one of them ...
    check(
        "They searched for words such as \"ambassador,\" \"attack,\" \"Benghazi\" and \"talking points.\"",
        &[
            ("ambassador,", NonSpeech, None),
            ("attack,", NonSpeech, None),
            ("Benghazi", NonSpeech, None),
            ("talking points.", NonSpeech, None),
        ],
    );
    // ... and words someone called another are all that speaker's.
    check(
        "Trump called the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\"",
        &[
            ("nasty guy,", Partial, Some("Trump")),
            ("anchor baby,", Partial, Some("Trump")),
            ("unstable", Partial, Some("Trump")),
            ("sick.", Partial, Some("Trump")),
        ],
    );
}

#[test]
fn a_question_or_exclamation_is_attributed_after_its_closing_mark() {
    check(
        "\"Why now?\" Lindsey Graham asked. \"It is late.\"",
        &[
            ("Why now?", Direct, Some("Lindsey Graham")),
            ("It is late.", Direct, Some("Lindsey Graham")),
        ],
    );
    // Narration after it is no attribution.
    check(
        "\"Why now?\" Alpert's metaphor is telling.",
        &[("Why now?", Direct, None)],
    );
}

#[test]
fn a_nickname_in_marks_is_part_of_the_name() {
    check(
        "\"This is a big year!\" his niece, Del. Marcia \"Cia\" Price, shouted. \"The nation is watching.\"",
        &[
            ("This is a big year!", Direct, Some("Marcia Price")),
            ("Cia", NonSpeech, None),
            ("The nation is watching.", Direct, Some("Marcia Price")),
        ],
    );
}

#[test]
fn a_preposition_and_a_noun_after_a_cue_are_not_what_was_said() {
    let doc = Document::from_raw("Smith shouted to the crowd.");
    assert_eq!(extract_quotes(&doc).quotes, []);
    check(
        "Smith urged voters to reject the plan.",
        &[("to reject the plan", Indirect, Some("Smith"))],
    );
}

#[test]
fn a_programme_title_in_the_object_of_told_is_not_reported() {
    check(
        "Sanders told MSNBC's \"Morning Joe\" that nobody would question her intelligence.",
        &[
            ("Morning Joe", NonSpeech, None),
            (
                "that nobody would question her intelligence",
                Indirect,
                Some("Sanders"),
            ),
        ],
    );
}

#[test]
fn appositives_after_a_name_never_speak() {
    // After a name opened by `As`.
    check(
        "As Steven M. Rosenthal, a tax lawyer at the Tax Policy Center, recently put it, \"Did Trump lower his taxes?\"",
        &[(
            "Did Trump lower his taxes?",
            Direct,
            Some("Steven M. Rosenthal"),
        )],
    );
    // A possessive description, for the subject of a participle.
    check(
        "Attorney General Roy Cooper (D), McCrory's opponent in the election, called for the videos, saying that transparency \"brings progress.\"",
        &[("brings progress.", Partial, Some("Roy Cooper"))],
    );
    // A party word before a title: the pronoun later finds the senator.
    check(
        "Democratic Sen. Claire McCaskill (D-Mo.) scolded him: “The community is against you,” she said.",
        &[(
            "The community is against you,",
            Direct,
            Some("Claire McCaskill"),
        )],
    );
}

#[test]
fn a_person_a_past_verb_and_a_colon_introduce_speech() {
    check(
        "And Mr. Christie gloated: \"I told you he wouldn't be ready.\"",
        &[("I told you he wouldn't be ready.", Direct, Some("Christie"))],
    );
    check(
        "Hannity interjected: “So there will be some flexibility?”",
        &[(
            "So there will be some flexibility?",
            Direct,
            Some("Hannity"),
        )],
    );
    // Not when the subject is a thing.
    check(
        "The list included: \"apples and pears.\"",
        &[("apples and pears.", Direct, None)],
    );
}

#[test]
fn a_title_in_marks_stays_inside_its_clause() {
    // The subject of a coordinated cue is found past the title.
    check(
        "Clinton appeared at a \"Commander-in-Chief Forum\" sponsored by NBC News and said: \"Steadiness matters.\"",
        &[
            ("Commander-in-Chief Forum", NonSpeech, None),
            ("Steadiness matters.", Direct, Some("Clinton")),
        ],
    );
    // A programme's title is part of the object of `told`.
    check(
        "Kelly told ABC’s “Good Morning America” the interview was cordial.",
        &[
            ("Good Morning America", NonSpeech, None),
            ("the interview was cordial", Indirect, Some("Kelly")),
        ],
    );
}

#[test]
fn a_clause_ending_in_a_colon_introduces_its_subjects_words() {
    // Sieve `leading_clause_colon`: whatever the verb.
    check(
        "A spokeswoman for the harbour board could only quip: \"The tide waits for nobody.\"",
        &[(
            "The tide waits for nobody.",
            Direct,
            Some("harbour board spokeswoman"),
        )],
    );
    check(
        "Councillor Ruth Okafor issued the following statement:\n\n\"We will publish the report in full.\"",
        &[(
            "We will publish the report in full.",
            Direct,
            Some("Ruth Okafor"),
        )],
    );
    check(
        "The ferry operator's chief executive, Lena Marsh, put it bluntly: \"The timetable cannot hold.\"",
        &[("The timetable cannot hold.", Direct, Some("Lena Marsh"))],
    );
}

#[test]
fn a_participle_after_with_or_of_speaks_for_the_name_before_it() {
    check(
        "Councillors were split, with Mayor Tom Reid calling the plan \"a costly mistake\".",
        &[("a costly mistake", Partial, Some("Tom Reid"))],
    );
}

#[test]
fn a_belief_verb_inside_reported_speech_leaves_the_quotation_to_the_speaker() {
    check(
        "Okafor said many residents would find the new fees \"very hard to swallow\".",
        &[("very hard to swallow", Partial, Some("Okafor"))],
    );
}

#[test]
fn a_document_issued_by_the_subject_is_the_subjects_words() {
    check(
        "The council released a statement saying the closure was \"temporary and necessary\".",
        &[("temporary and necessary", Partial, Some("council"))],
    );
}

#[test]
fn an_attribution_standing_alone_after_a_closed_quotation_is_its() {
    check(
        "The ferry company was blunt.\n\n\"We cannot run the route at a loss.\" Marsh said.",
        &[("We cannot run the route at a loss.", Direct, Some("Marsh"))],
    );
}

#[test]
fn a_possessive_description_and_an_adverb_before_the_cue() {
    check(
        "\"Never trust the tide,\" my grandmother often said.",
        &[("Never trust the tide,", Direct, Some("grandmother"))],
    );
    check(
        "\"The rules do not hold,\" said 2019 champion Ada Vance.",
        &[("The rules do not hold,", Direct, Some("Ada Vance"))],
    );
}

#[test]
fn an_indefinite_description_is_someone_not_named_before() {
    check(
        "Mayor Dana Reid spoke first. \"We will rebuild,\" Reid said. \"It was a bad night,\" one council aide said.",
        &[
            ("We will rebuild,", Direct, Some("Dana Reid")),
            ("It was a bad night,", Direct, Some("council aide")),
        ],
    );
}

#[test]
fn a_person_described_by_their_employer_is_not_the_employer() {
    check(
        "\"The port is safe,\" a spokeswoman for the port said.",
        &[("The port is safe,", Direct, Some("port spokeswoman"))],
    );
    check(
        "\"Rates will fall,\" said an analyst at Hartley Bank.",
        &[("Rates will fall,", Direct, Some("Hartley Bank analyst"))],
    );
}

#[test]
fn a_name_in_apposition_to_a_description_is_who_spoke() {
    check(
        "\"It was a disgrace,\" said one of the protesters, Ada Vance.",
        &[("It was a disgrace,", Direct, Some("Ada Vance"))],
    );
    // `One` is nobody's name; `he` has no singular person to stand for,
    // so the quotation is left without a speaker rather than guessed.
    check(
        "One of the Republicans in the House said he backed the plan. \"We need it,\" he said.",
        &[("We need it,", Direct, None)],
    );
}

#[test]
fn pronouns_find_people_whose_first_names_are_not_listed() {
    // Neither first name is in the lexicon: the surnames used alone, an
    // honorific or a `who` clause show they are people.
    check(
        "Jon Park met Ana Ruiz on Monday. Ruiz was angry. \"This is wrong,\" she said. Park disagreed. \"It is right,\" he said.",
        &[
            ("This is wrong,", Direct, Some("Ana Ruiz")),
            ("It is right,", Direct, Some("Jon Park")),
        ],
    );
    check(
        "Felipe Calderón, who was president from 2006, spoke later. \"We will not pay,\" he said.",
        &[("We will not pay,", Direct, Some("Felipe Calderón"))],
    );
}

#[test]
fn a_relative_that_does_not_open_the_reported_clause_of_a_participle() {
    check(
        "Okafor told the meeting that the town needs policies that help make up for years of neglect in the Harbour District, saying that \"patience has run out\" among residents.",
        &[("patience has run out", Partial, Some("Okafor"))],
    );
}

#[test]
fn a_name_inside_a_quotation_is_no_antecedent_outside_it() {
    check(
        "Mark Sheridan, the lawyer, confirmed the subpoenas. \"We can confirm that the Christie for Governor campaign received subpoenas,\" he said.",
        &[(
            "We can confirm that the Christie for Governor campaign received subpoenas,",
            Direct,
            Some("Mark Sheridan"),
        )],
    );
}

#[test]
fn a_pronoun_prefers_the_subject_to_an_appositive_after_a_comma() {
    check(
        "Health Minister Raj Patel criticised the union leader, Sam Ode. \"The strike is reckless,\" he said.",
        &[("The strike is reckless,", Direct, Some("Raj Patel"))],
    );
}

#[test]
fn attributions_real_news_writes_loosely() {
    // A party and state between a name and its colon.
    check(
        "Rep. Ada Vance (D-Ore.):\"I have not heard that figure before.\"",
        &[(
            "I have not heard that figure before.",
            Direct,
            Some("Ada Vance"),
        )],
    );
    // A description followed by words no noun phrase holds.
    check(
        "\"There was no order to wait,\" said the base chief known as Bob, speaking for the first time.",
        &[("There was no order to wait,", Direct, Some("base chief"))],
    );
    // A document reads its words out.
    check(
        "\"Friend, let me be blunt. I can win this,\" the email read.",
        &[(
            "Friend, let me be blunt. I can win this,",
            Direct,
            Some("email"),
        )],
    );
    // A person by what they are.
    check(
        "\"Nobody came to help,\" said the woman, who did not want to be named.",
        &[("Nobody came to help,", Direct, Some("woman"))],
    );
}

#[test]
fn the_clause_right_before_a_colon_gives_its_subject() {
    check(
        "The timing was so odd that a spokesman for the harbour board could only quip: \"The tide was booked.\"",
        &[(
            "The tide was booked.",
            Direct,
            Some("harbour board spokesman"),
        )],
    );
}

#[test]
fn a_participle_after_a_trailing_attribution_is_that_speakers() {
    check(
        "The plant stayed shut all week, Okafor said, adding, \"Nobody told us why.\"",
        &[("Nobody told us why.", Direct, Some("Okafor"))],
    );
    check(
        "The plant stayed shut all week, said Okafor, adding: \"Nobody told us why.\"",
        &[("Nobody told us why.", Direct, Some("Okafor"))],
    );
    // A verb that characterises takes an object, never an inverted subject.
    check(
        "Rival Maria Vance had mocked the complaint, saying anyone who complains \"is not having a good night.\"",
        &[("is not having a good night.", Partial, Some("Maria Vance"))],
    );
    check(
        "Former Secretary Maria Vance urged women to vote for Ada Lund, saying, \"There is a place for us.\"",
        &[("There is a place for us.", Direct, Some("Maria Vance"))],
    );
    check(
        "Okafor criticised the mayor, saying \"the plant should never have closed.\"",
        &[(
            "the plant should never have closed.",
            Partial,
            Some("Okafor"),
        )],
    );
}

#[test]
fn the_phrase_after_a_participle_is_what_was_said() {
    // `saying X …` after a quotation never names X as its speaker.
    check(
        "Mayor Dana Hill gave a spirited defence of \"northern grit,\" saying the town embodied the \"patience and nerve\" of its people.",
        &[
            ("northern grit,", Partial, Some("Dana Hill")),
            ("patience and nerve", Partial, Some("Dana Hill")),
        ],
    );
}

#[test]
fn a_cue_in_a_relative_clause_speaks_for_its_own_subject() {
    check(
        "Dunmore attacked the budget, which an audit office review said was \"badly out of balance\" last year.",
        &[("badly out of balance", Partial, Some("audit office review"))],
    );
    check(
        "Officials pointed to the levy, which the mayor called \"a tax on the poor\" in May.",
        &[("a tax on the poor", Partial, Some("mayor"))],
    );
}

#[test]
fn a_phrase_with_its_agent_is_the_noun_before_it() {
    check(
        "A March 3 memo from the Harbour Pilots Guild seen by Reuters warns that \"ships will be delayed for weeks.\"",
        &[(
            "ships will be delayed for weeks.",
            Partial,
            Some("Harbour Pilots Guild"),
        )],
    );
    check(
        "On Monday a report by the Tidewater Institute warned that \"most ferries run late.\"",
        &[(
            "most ferries run late.",
            Partial,
            Some("Tidewater Institute"),
        )],
    );
}

#[test]
fn a_deputy_office_is_not_the_office() {
    check(
        "Vice President Carla Ruiz opened the session. Later Tom Greer spoke at the rally. \"The country is tired,\" the former president said.",
        &[("The country is tired,", Direct, Some("former president"))],
    );
}

#[test]
fn a_verb_ends_the_name_before_it() {
    check(
        "Ms Farrow met voters in Leeds. Farrow took to Facebook to call the ruling \"a disgrace to justice\" on Sunday.",
        &[("a disgrace to justice", Partial, Some("Farrow"))],
    );
    // `called` after a definite role is the verb, not a naming.
    check(
        "At the fair, the band leader called Labour councillors to the stage, singing \"Our Town Tonight.\"",
        &[("Our Town Tonight.", Direct, Some("band leader"))],
    );
}

#[test]
fn a_description_with_a_name_in_apposition_is_that_person() {
    // The name after the description, whichever cue reads the subject.
    check(
        "On Friday, the aide, Nora Albright, 31, who runs a blog, wrote to the mayor, saying he should \"show some class.\"",
        &[("show some class.", Partial, Some("Nora Albright"))],
    );
    check(
        "The spokeswoman, Ada Okafor, said the plant was \"perfectly safe.\"",
        &[("perfectly safe.", Partial, Some("Ada Okafor"))],
    );
}

#[test]
fn a_person_named_with_of_and_a_place_is_still_that_person() {
    check(
        "Gov. Rick Perry of Texas is running an ad. In it he calls the policy \"a war on faith.\"",
        &[("a war on faith.", Partial, Some("Rick Perry"))],
    );
}

#[test]
fn a_pronoun_is_not_the_person_its_relative_clause_is_about() {
    check(
        "Mira Castell, who is worth billions, mocked Tom Reyes, whom she called a \"dangerous fraud.\"",
        &[("dangerous fraud.", Partial, Some("Mira Castell"))],
    );
    check(
        "Paul Duval said he acted out of loyalty to Mr. Reyes, who he said \"led me into the dark.\"",
        &[("led me into the dark.", Partial, Some("Paul Duval"))],
    );
}

#[test]
fn whoever_spoke_last_goes_on_when_the_nearest_name_is_no_subject() {
    check(
        "\"I was shocked,\" Senator Alan Brown said of Mr. Reyes's speech. He added, \"It was dark.\"",
        &[
            ("I was shocked,", Direct, Some("Alan Brown")),
            ("It was dark.", Direct, Some("Alan Brown")),
        ],
    );
    check(
        "\"Only the oil matters,\" Tom Reyes said. Of Paul Duval, he said, \"I want him to do well.\"",
        &[
            ("Only the oil matters,", Direct, Some("Tom Reyes")),
            ("I want him to do well.", Direct, Some("Tom Reyes")),
        ],
    );
}

#[test]
fn a_platform_before_a_noun_cue_is_where_not_who() {
    check(
        "Nora Albright wrote in a now-deleted Facebook post Friday that the girls should \"show some class.\"",
        &[("show some class.", Partial, Some("Nora Albright"))],
    );
}

#[test]
fn an_attribution_before_according_to_keeps_its_speaker() {
    check(
        "\"I want to see the papers,\" said Tom Reyes in an interview on the \"Today\" show, according to TIME. \"How come nobody knows?\"",
        &[
            ("I want to see the papers,", Direct, Some("Tom Reyes")),
            ("Today", NonSpeech, None),
            ("How come nobody knows?", Direct, Some("Tom Reyes")),
        ],
    );
}

#[test]
fn a_participle_takes_the_main_subject_after_an_introductory_clause() {
    check(
        "Asked whether he was suggesting that Mr. Reyes lacked sympathy, Mr. Duval did not back down, saying, \"I think the mayor has a very bad record.\"",
        &[(
            "I think the mayor has a very bad record.",
            Direct,
            Some("Duval"),
        )],
    );
}

#[test]
fn quoting_someone_as_saying_gives_them_the_words() {
    check(
        "The program visits those sites, says Tech Daily, quoting Lycos as saying, \"The more users download it, the greater the costs.\"",
        &[(
            "The more users download it, the greater the costs.",
            Direct,
            Some("Lycos"),
        )],
    );
}

#[test]
fn a_person_named_before_an_appositive_role_is_the_pronouns_antecedent() {
    check(
        "Gary Ruffing, head of retail at BBK, was upbeat. But Darrell Rigby, head of the retail practice at Bain, was more sceptical. \"They are missing a key ingredient,\" he said.",
        &[(
            "They are missing a key ingredient,",
            Direct,
            Some("Darrell Rigby"),
        )],
    );
}

#[test]
fn a_participle_after_a_passive_takes_its_agent() {
    check(
        "The plan has also been criticised by the Medical Association as too slow, saying \"when lives need saving, doctors act.\"",
        &[(
            "when lives need saving, doctors act.",
            Partial,
            Some("Medical Association"),
        )],
    );
}

#[test]
fn a_role_with_its_employer_before_the_verb_describes_the_name() {
    check(
        "Gary Ruffing, head of retail services at consulting group BBK said the deal \"looks good for both.\"",
        &[("looks good for both.", Partial, Some("Gary Ruffing"))],
    );
}

#[test]
fn a_title_case_headline_ends_a_name_at_its_verb() {
    // (The headline's run of capitals is no organisation named
    // `Kessler Warns Harbour Board Will`; `the minister` is Kessler.)
    check(
        "Kessler Warns Harbour Board Will Miss Its Deadline\n\nLONDON -- Minister Anna Kessler spoke at the harbour on Monday.\n\n\"We will not wait,\" the minister said.",
        &[("We will not wait,", Direct, Some("Anna Kessler"))],
    );
}

#[test]
fn a_dateline_place_is_no_speaker() {
    check(
        "MIAMI -- A new advert attacks the mayor.\n\nThe advert concludes that the mayor is \"out of touch\" with voters.",
        &[("out of touch", Partial, Some("advert"))],
    );
}

#[test]
fn a_possessive_name_opens_an_appositive() {
    check(
        "Okafor, Lagos State’s former governor, attacked the bill, calling it a “disgrace to the house.”",
        &[("disgrace to the house.", Partial, Some("Okafor"))],
    );
    check(
        "Dana Reyes, the Port Authority's chief, praised the crews, calling them \"the best we have.\"",
        &[("the best we have.", Partial, Some("Dana Reyes"))],
    );
}

#[test]
fn two_single_marks_close_a_quotation_before_its_speaker() {
    // (`''…,'' Mr. Obama said`: a name right after the closing marks is
    // the sentence's subject, not the appositive after it.)
    check(
        "''We can fly,'' Mr. Boateng said, not naming the author of the line, Kwame Mensah, who died in May. Children, he said, can ''dream like poets.''",
        &[
            ("We can fly,", Direct, Some("Boateng")),
            ("dream like poets.", Partial, Some("Boateng")),
        ],
    );
}

#[test]
fn a_first_name_alone_before_a_verb_is_a_person() {
    check(
        "\"We lost everything,\" said Ruth Adeyemi. Her husband, Peter, agreed. \"It is a scandal,\" he said.",
        &[
            ("We lost everything,", Direct, Some("Ruth Adeyemi")),
            ("It is a scandal,", Direct, Some("Peter")),
        ],
    );
    check(
        "Sarah watched the speech at home. \"He is right,\" she said.",
        &[("He is right,", Direct, Some("Sarah"))],
    );
    // (A first name that is also a place is not taken alone.)
    check(
        "Ambassador Tom Reid flew to Amman. Jordan welcomed him. \"Talks went well,\" he said.",
        &[("Talks went well,", Direct, Some("Tom Reid"))],
    );
}

#[test]
fn a_source_after_from_before_a_colon_is_quoted() {
    // Sieve `leading_source_colon`.
    check(
        "The survey found wide gaps. From the report: \"Larger samples gave better results.\"",
        &[(
            "Larger samples gave better results.",
            Direct,
            Some("report"),
        )],
    );
}

#[test]
fn a_full_name_after_its_title_is_named_whatever_the_article() {
    check(
        "She kept the files in a way Audit Chief Maria Okonkwo called \"deeply careless.\"",
        &[("deeply careless.", Partial, Some("Maria Okonkwo"))],
    );
}

#[test]
fn a_quotation_after_a_persons_sentence_is_theirs_not_the_last_speakers() {
    // Sieve `preceding_subject`.
    check(
        "\"We need calm,\" Mayor Tom Reid said on radio.\n\nOn Sunday, Councillor Ada Obi named the housing crisis as the main cause. \"People are tired of waiting.\"\n\nResidents were angry. \"They hide the figures.\"",
        &[
            ("We need calm,", Direct, Some("Tom Reid")),
            ("People are tired of waiting.", Direct, Some("Ada Obi")),
            ("They hide the figures.", Direct, None),
        ],
    );
    // (A sentence with speech of its own is no narration; a title in
    // marks is no speech.)
    check(
        "\"We need calm,\" Mayor Tom Reid said.\n\nOn \"Newsnight,\" Councillor Ada Obi named housing as the cause. \"People are tired.\"",
        &[
            ("We need calm,", Direct, Some("Tom Reid")),
            ("Newsnight,", NonSpeech, None),
            ("People are tired.", Direct, Some("Ada Obi")),
        ],
    );
    // (A capitalised function word opening the sentence is no person.)
    check(
        "\"We need calm,\" Mayor Tom Reid said.\nThat is all there is to it. \"People are tired.\"",
        &[
            ("We need calm,", Direct, Some("Tom Reid")),
            ("People are tired.", Direct, Some("Tom Reid")),
        ],
    );
}

/// A participle after a subordinate clause (`… came as X did Y, saying
/// "…"`) speaks for the clause's subject when the main subject cannot
/// speak (`It`, a thing, a name's remarks); a person as main subject keeps it.
#[test]
fn a_participle_goes_with_the_only_subject_that_can_speak() {
    let one = |text: &str, quote: &str, speaker: &str| {
        check(text, &[(quote, Partial, Some(speaker))]);
    };
    one(
        "Rice's remarks came as Netanyahu turned down an invitation, saying a meeting could \"deepen the rift\" now.",
        "deepen the rift",
        "Netanyahu",
    );
    one(
        "It came after Boehner chided Obama on Friday, accusing the president of having \"wasted another week.\"",
        "wasted another week.",
        "Boehner",
    );
    one(
        "The vote came when Mayor Ada Vance rejected the plan, calling it \"a folly.\"",
        "a folly.",
        "Ada Vance",
    );
    one(
        "Trump lashed out after the court ruled against him, calling the judges \"a disgrace.\"",
        "a disgrace.",
        "Trump",
    );
    one(
        "Obama spoke after Boehner left the room, calling the talks \"productive.\"",
        "productive.",
        "Obama",
    );
}

/// A sentence opening with a conjunction (`But Sen. Lindsey Graham, R-S.C.,
/// called …`) names its subject first; the party tag is no speaker.
#[test]
fn a_sentence_opening_with_a_conjunction_keeps_its_named_subject() {
    check(
        "But Sen. Lindsey Graham, R-S.C., called the absence \"appalling.\"",
        &[("appalling.", Partial, Some("Lindsey Graham"))],
    );
    check(
        "Yet Sen. Graham, a Republican, said the plan was \"a disaster.\"",
        &[("a disaster.", Partial, Some("Graham"))],
    );
}

/// `told X, of Illinois, and Y, of California, that …`: the reported
/// clause opens at the `that` after the people addressed by name, and its
/// speaker goes on speaking for the `he` after it (the people told are no
/// subject).
#[test]
fn a_clause_reported_to_named_people_opens_after_them() {
    check(
        "Benjamin Netanyahu told Sens. Dick Durbin, of Illinois, and Dianne Feinstein, of California, that he regrets the invitation.\n\n\"I can assure you of that,\" he told the senators.",
        &[
            (
                "that he regrets the invitation",
                Indirect,
                Some("Benjamin Netanyahu"),
            ),
            (
                "I can assure you of that,",
                Direct,
                Some("Benjamin Netanyahu"),
            ),
        ],
    );
    check(
        "The mayor told Ada Vance and Tom Reyes that the plan would go ahead.",
        &[("that the plan would go ahead", Indirect, Some("mayor"))],
    );
}

/// A sentence and the quotes `check` expects in it.
type Case<'a> = (&'a str, &'a [(&'a str, QuoteKind, Option<&'a str>)]);

/// Sieve final cue: an attribution closing the sentence after a comma
/// governs a partial quotation earlier in it; with a second cue, a content
/// clause after the cue or a block quotation, the other sieves decide.
#[test]
fn a_sentence_final_attribution_governs_its_partial_quotations() {
    let cases: &[Case] = &[
        // The speaker after the cue, with an apposition.
        (
            "The merger would bring \"years of pain\" for small farmers, said Tomas Reyes, an economist at Harlow University.",
            &[("years of pain", Partial, Some("Tomas Reyes"))],
        ),
        // The speaker before the cue, with a short adverbial.
        (
            "The budget leaves a \"gaping hole\" in rural transport, Maya Osei said on Tuesday.",
            &[("gaping hole", Partial, Some("Maya Osei"))],
        ),
        // A description speaks too.
        (
            "The cuts will do \"lasting harm to rural schools\" across the county, the teachers say.",
            &[("lasting harm to rural schools", Partial, Some("teachers"))],
        ),
        (
            "Rents rose by \"a frightening amount\" in the capital last year, according to Jonas Ek, a housing adviser.",
            &[("a frightening amount", Partial, Some("Jonas Ek"))],
        ),
        // Not changed: a cue before the quotation governs it.
        (
            "Hector Vance said the plan was \"a disaster\" for farmers, Lena Park said.",
            &[("a disaster", Partial, Some("Hector Vance"))],
        ),
        (
            "Greta Lund called the ruling \"a betrayal\" of voters, said her spokesman, Piet Borg.",
            &[("a betrayal", Partial, Some("Greta Lund"))],
        ),
        // Not changed: a content clause after the cue is what was said.
        (
            "Villages got \"a lifeline\" last year, Ruth Adler said the fund would be renewed.",
            &[("a lifeline", NonSpeech, None)],
        ),
        // An outlet reporting the sentence is not who said its quotation.
        (
            "Mayor Ines Duarte tackled \"a shameful wave of attacks\" on bus drivers at a meeting on Monday, the Harbour Gazette reported.",
            &[("a shameful wave of attacks", Partial, Some("Ines Duarte"))],
        ),
        // Not changed: a block quotation keeps its trailing cue.
        (
            "\"We will appeal,\" said Omar Haddad.",
            &[("We will appeal,", Direct, Some("Omar Haddad"))],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// A dash after a quotation names its speaker only when a name opens what
/// follows it; a phrase opened by an article is an aside about the words.
#[test]
fn a_dash_names_the_speaker_only_when_a_name_follows() {
    let cases: &[Case] = &[
        (
            "\"The water came up to the windows.\" ― Nadia Flores",
            &[(
                "The water came up to the windows.",
                Direct,
                Some("Nadia Flores"),
            )],
        ),
        // The aside names someone else: the clause's subject spoke.
        (
            "In May, Ortega bluntly dismissed the island as being in the \"backyard of Lisbon\" — a sign of the party's surrender at the feet of Ana Ruiz.",
            &[("backyard of Lisbon", Partial, Some("Ortega"))],
        ),
        // Not changed: a cue before the quotation governs it.
        (
            "Ortega called the plan \"pure fiction\" — a view shared by Mayor Ana Ruiz.",
            &[("pure fiction", Partial, Some("Ortega"))],
        ),
        (
            "The mayor praised the \"quiet heroes\" of the flood — a nod to the volunteers of Ana Ruiz.",
            &[("quiet heroes", Partial, Some("mayor"))],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Sieve clause: a subordinate clause with its own subject that runs on
/// to a partial quotation holds it (`… as Trump went on about "…"`); a
/// fronted one closed by a comma, or a comparison (`such as`), does not.
#[test]
fn a_subordinate_clause_holding_a_partial_quotation_gives_its_subject() {
    let cases: &[Case] = &[
        (
            "Lena Park shook her head as Ana Ruiz went on about \"how the city will change for good\" for an hour.",
            &[(
                "how the city will change for good",
                Partial,
                Some("Ana Ruiz"),
            )],
        ),
        // Not changed: the fronted clause is closed before the quotation.
        (
            "When Ana Ruiz left the hall, Lena Park embraced \"the spirit of the plan\" at once.",
            &[("the spirit of the plan", Partial, Some("Lena Park"))],
        ),
        // Not changed: `as being` opens no clause with a subject.
        (
            "In June, Lena Park brushed off the inquiry as being \"a storm in a teacup\" for weeks.",
            &[("a storm in a teacup", Partial, Some("Lena Park"))],
        ),
        // Not changed: a cue inside the subordinate clause governs it.
        (
            "Lena Park smiled as Ana Ruiz promised \"a new deal for the harbour\" to the crowd.",
            &[("a new deal for the harbour", Partial, Some("Ana Ruiz"))],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn a_field_label_before_a_colon_names_no_speaker() {
    // A label names nobody, and the speech before does not carry over it.
    check(
        "Lena Ortiz said the rent doubled.\n\nQ: \"Will you stay in the city?\"\n\nA: \"Only if the landlord backs down.\"",
        &[
            ("Will you stay in the city?", Direct, None),
            ("Only if the landlord backs down.", Direct, None),
        ],
    );
    check(
        "Name: Rosa Delgado\n\nAge: 41\n\nQuote: \"I drive nine hours a day and still owe money.\"",
        &[(
            "I drive nine hours a day and still owe money.",
            Direct,
            None,
        )],
    );
    check(
        "Name: Tariq Hale Age: 33 Job: Cook Why he is striking: \"Nobody here can afford a doctor.\"",
        &[("Nobody here can afford a doctor.", Direct, None)],
    );
    // Must not change: a name, a person with a verb, a capitalised turn.
    check(
        "Whitfield: \"We will not back down this year.\"",
        &[(
            "We will not back down this year.",
            Direct,
            Some("Whitfield"),
        )],
    );
    check(
        "The mayor, Dora Quint, told the council: \"The budget is final.\"",
        &[("The budget is final.", Direct, Some("Dora Quint"))],
    );
}

#[test]
fn a_pronoun_skips_a_woman_named_by_an_unlisted_first_name() {
    // `he` cannot be a woman whose first name ends in -a, however near;
    // `she` still is.
    check(
        "Pavel Roth said the deal was fair. Mirela Dobre said it was not. \"It was never fair to us,\" he said.",
        &[("It was never fair to us,", Direct, Some("Pavel Roth"))],
    );
    check(
        "Pavel Roth said the deal was fair. Mirela Dobre said it was not. \"It was never fair to us,\" she said.",
        &[("It was never fair to us,", Direct, Some("Mirela Dobre"))],
    );
    check(
        "Anton Sauer said the plan would pass. Ileana Marin said so too. \"The votes are there,\" he said.",
        &[("The votes are there,", Direct, Some("Anton Sauer"))],
    );
    // Must not change: a listed man's name ending in -a is still a man's.
    check(
        "Luca Ferri said the deal was fair. Tomas Brandt said it was not. \"It was never fair to us,\" he said.",
        &[("It was never fair to us,", Direct, Some("Tomas Brandt"))],
    );
}

#[test]
fn going_on_about_quoted_words_is_speech() {
    // The one going on about the words said them, not the subject of the
    // main clause.
    check(
        "Dana nodded along while Okafor went on about \"a stolen future\" and \"broken promises,\" until the end.",
        &[
            ("a stolen future", Partial, Some("Okafor")),
            ("broken promises,", Partial, Some("Okafor")),
        ],
    );
    check(
        "The crowd cheered as the governor went on about \"the greatest comeback in state history.\"",
        &[(
            "the greatest comeback in state history.",
            Partial,
            Some("governor"),
        )],
    );
}

#[test]
fn they_is_the_group_its_sentence_opens_with() {
    // `they` in a clause of a sentence whose subject is a group is that
    // group, not the organisation named in the paragraph before.
    check(
        "The Holt Foundation paid for the new wing.\n\nLocal teachers are angry about what they call the district's \"broken promises.\"",
        &[("broken promises.", Partial, Some("Local teachers"))],
    );
    check(
        "The Holt Foundation paid for the new wing.\n\nThe union rejected what they call a \"starvation budget\" on Monday.",
        &[("starvation budget", Partial, Some("union"))],
    );
    // Must not change: a person as subject, `they` with no group before it.
    check(
        "The Holt Foundation paid for the new wing.\n\nMayor Ruth Adler mocked what they call a \"gift to the city.\"",
        &[("gift to the city.", Partial, Some("Holt Foundation"))],
    );
    check(
        "The Holt Foundation paid for the new wing, and they call it \"a gift to the city.\"",
        &[("a gift to the city.", Partial, Some("Holt Foundation"))],
    );
}

#[test]
fn a_body_described_is_not_another_kind_of_body_named_before() {
    // `the union` is not the foundation named before; `Reyes's campaign`
    // is not another person's foundation.
    check(
        "The Holt Foundation paid for the new wing.\n\n\"We were never asked,\" the union said.",
        &[("We were never asked,", Direct, Some("union"))],
    );
    check(
        "The Holt Foundation paid for the new wing.\n\n\"We were never asked,\" Reyes's campaign said.",
        &[("We were never asked,", Direct, Some("Reyes's campaign"))],
    );
    // Must not change: the same kind of body, the only company.
    check(
        "Acme Bank paid for the new wing.\n\n\"We were glad to help,\" the bank said.",
        &[("We were glad to help,", Direct, Some("Acme Bank"))],
    );
    check(
        "Wendmouth Borough Council met on Monday.\n\n\"The budget is final,\" the council said.",
        &[(
            "The budget is final,",
            Direct,
            Some("Wendmouth Borough Council"),
        )],
    );
}

#[test]
fn the_listener_of_told_does_not_speak_in_a_clause_about_them() {
    // `X told Y, who asked …, that "…"`: X's words.
    check(
        "Marc Ruiz told a young woman who suggested that many people may skip the vote that \"staying home is no strategy at all.\"",
        &[(
            "staying home is no strategy at all.",
            Partial,
            Some("Marc Ruiz"),
        )],
    );
    check(
        "Dina Hale told a student who asked about jobs that \"the mills are not coming back.\"",
        &[("the mills are not coming back.", Partial, Some("Dina Hale"))],
    );
    // Must not change: the listener's own `that` clause, a plain `told`.
    check(
        "Dina Hale told a student who said that \"the mills are gone for good.\"",
        &[("the mills are gone for good.", Partial, Some("student"))],
    );
    check(
        "Dina Hale told reporters that \"the mills are not coming back.\"",
        &[("the mills are not coming back.", Partial, Some("Dina Hale"))],
    );
}

/// A partial quotation in the `that` clause of a possessive speech noun
/// (`Lee seized on Ruiz's claim that "…"`) is the possessor's words, not
/// the words of the clause's subject; past a comma they are the subject's.
#[test]
fn a_possessive_claim_keeps_its_quoted_words() {
    // (Text, then the quotes expected in it.)
    type Case<'a> = (&'a str, &'a [(&'a str, QuoteKind, Option<&'a str>)]);
    let cases: &[Case] = &[
        (
            "Maria Lee seized on Ruiz's claim that there were \"thousands of arrests\" in the city.",
            &[("thousands of arrests", Partial, Some("Ruiz"))],
        ),
        (
            "Omar Haddad leaned on Mayor Ruth Okafor's promise that fares would \"fall by half\" \
             next year.",
            &[("fall by half", Partial, Some("Ruth Okafor"))],
        ),
        (
            "Ken Ito returned to Dana Whitlock's recent assertion that the depot was \"never safe\".",
            &[("never safe", Partial, Some("Dana Whitlock"))],
        ),
        // Must not change: no possessor, the clause's subject speaks.
        (
            "Maria Lee seized on the claim that there were \"thousands of arrests\" in the city.",
            &[("thousands of arrests", Partial, Some("Maria Lee"))],
        ),
        // Must not change: past a comma, the words are the subject's.
        (
            "Maria Lee seized on Ruiz's claim that the wall pays for itself, calling it \"a fantasy\".",
            &[("a fantasy", Partial, Some("Maria Lee"))],
        ),
        // Must not change: a clause with no speech noun.
        (
            "Maria Lee often speaks of \"the forgotten towns\" in her speeches.",
            &[("the forgotten towns", Partial, Some("Maria Lee"))],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}
