"""Quotes and their speakers: the cases real news is full of, one by one."""

from __future__ import annotations

import pytest

from reader.core.quotes import extract_quotes
from reader.core.quotes.people import index_people, people_in

LEAD = (
    "Lagos State Health Commissioner Maria Okafor visited the clinic on Monday. "
    "Pieter van der Berg, a spokesman for the water board, joined her.\n"
)


def said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.quote) for q in extract_quotes(LEAD + text)]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"The clinic will open next week," Okafor said.',
        "“The clinic will open next week,” Okafor said.",
        "‘The clinic will open next week,’ Okafor said.",
        "«The clinic will open next week», Okafor said.",
        "„The clinic will open next week“, Okafor said.",
        '"The clinic will open next week,” Okafor said.',
        "“The clinic will open next week,” said Okafor.",
        "Okafor said: “The clinic will open next week.”",
        "Okafor said Tuesday that “the clinic will open next week.”",
        "“The clinic will open next week,” Okafor said Tuesday, adding that staff were ready.",
        "“The clinic will open next week,” according to Okafor.",
    ],
)
def test_quote_marks_and_cues_of_every_kind(paragraph: str) -> None:
    found = said(paragraph)
    assert len(found) == 1
    speaker, quote = found[0]
    assert speaker == "Maria Okafor"  # the fullest form of the name in the article
    assert quote.lower().startswith("the clinic will open next week")


def test_split_quote_pronoun_and_role() -> None:
    quotes = extract_quotes(LEAD + "“We are ready,” she told reporters, “and the pumps are working.”")
    assert [(q.speaker, q.quote) for q in quotes] == [
        ("Maria Okafor", "We are ready,"), ("Maria Okafor", "and the pumps are working.")]  # fmt: skip
    assert quotes[0].role == "Lagos State Health Commissioner"
    assert not quotes[0].partial


def test_particle_names_organisations_and_descriptions() -> None:
    found = said(
        "“The pipes are old,” Van der Berg said, adding that repairs would take a year.\n"
        "“We will fund the repairs,” the ministry said in a statement.\n"
        "“Nobody told us anything,” a resident said.\n"
    )
    assert found == [
        ("Pieter van der Berg", "The pipes are old,"),
        ("the ministry", "We will fund the repairs,"),
        ("a resident", "Nobody told us anything,"),
    ]


def test_quotes_running_over_paragraphs_and_bare_continuations() -> None:
    found = said(
        "“The first thing we did was test the water,” Okafor said. “Then we closed the wells.\n"
        "“After that we waited for the results, which took two weeks.”\n"
        "“It was the longest fortnight of my life.”\n"
    )
    assert [speaker for speaker, _ in found] == ["Maria Okafor"] * 4
    assert found[2][1].startswith("After that we waited")


def test_pronouns_go_to_the_nearest_person_they_fit() -> None:
    found = said(
        "Van der Berg defended the board's record.\n"
        "“We did everything by the book,” he said.\n"
        "Okafor disagreed with him.\n"
        "“The book was out of date,” she said.\n"
    )
    assert found == [("Pieter van der Berg", "We did everything by the book,"),
                     ("Maria Okafor", "The book was out of date,")]  # fmt: skip


def test_partial_quotes_are_marked_and_attributed() -> None:
    quotes = extract_quotes(LEAD + "Okafor called the outbreak “a wake-up call for every city in the state.”")
    assert len(quotes) == 1 and quotes[0].partial and quotes[0].speaker == "Maria Okafor"


def test_titles_nicknames_slogans_and_scare_quotes_are_not_quotes() -> None:
    found = said(
        "The board showed the film “Water For Everyone” at the meeting.\n"
        "The campaign slogan “Clean water now” was printed on every poster.\n"
        "Residents call the old pump the “iron lady” and the new one “the robot”.\n"
        "The so-called “emergency fund” was empty, officials found.\n"
    )
    assert found == []


def test_layout_attribution_with_a_dash() -> None:
    found = said("“Every child deserves clean water.” — Commissioner Okafor")
    assert found == [("Maria Okafor", "Every child deserves clean water.")]


def test_offsets_point_at_the_quote_in_the_text() -> None:
    text = LEAD + "“The clinic will open next week,” Okafor said."
    quote = extract_quotes(text)[0]
    assert text[quote.start : quote.start + len(quote.quote)] == quote.quote


@pytest.mark.corpus
def test_floors_on_the_annotated_sets() -> None:
    import quote_scoring
    import quotes as quote_benchmark  # benchmarks/quotes.py

    development = quote_benchmark.score(quote_scoring.ANNOTATION)
    assert development.expected >= 140
    assert development.f1 >= 0.97 and development.speaker_accuracy >= 0.95
    heldout = quote_benchmark.score(quote_scoring.ANNOTATION / "heldout")
    assert heldout.f1 >= 0.95 and heldout.speaker_accuracy >= 0.9  # (speaker 0.879 until session 4)
    later = quote_benchmark.score(quote_scoring.ANNOTATION / "heldout2")
    assert later.f1 >= 0.9 and later.speaker_accuracy >= 0.88
    third = quote_benchmark.score(quote_scoring.ANNOTATION / "heldout3")
    assert third.f1 >= 0.87 and third.speaker_accuracy >= 0.95
    for folder, f1, speakers in (
        ("heldout4", 0.97, 0.95),
        ("heldout5", 0.9, 0.9),
        ("heldout6", 0.95, 0.92),
        ("heldout7", 0.95, 0.95),
        ("heldout8", 0.94, 0.95),
    ):
        scored = quote_benchmark.score(quote_scoring.ANNOTATION / folder)  # first measured: see the benchmark
        assert scored.f1 >= f1 and scored.speaker_accuracy >= speakers, folder


def test_a_statement_is_said_by_whoever_issued_it_and_the_company_is_the_one_named() -> None:
    found = said(
        "On Monday, Harbour Records issued a statement about the dispute.\n"
        "“We have always paid our artists on time,” the statement read.\n"
        "Dockside Productions disagreed in a separate note to reporters.\n"
        "“Nobody at our firm agreed to any of this,” the production company said.\n"
    )
    assert found == [("Harbour Records", "We have always paid our artists on time,"),
                     ("Dockside Productions", "Nobody at our firm agreed to any of this,")]  # fmt: skip


def test_names_with_an_inner_capital_are_people_pronouns_find() -> None:
    found = extract_quotes(
        "Rep. David McKinley visited the border in October.\n"
        "More money is needed, McKinley said.\n"
        "Border agents “say you’ve got to pay attention to this,” he said.\n"
    )
    assert [(q.speaker, q.partial) for q in found] == [("David McKinley", True)]


def test_poll_figures_subheadings_and_named_terms_are_not_speech() -> None:
    found = said(
        "And an overwhelming 70 percent of voters say that “the clinic should have opened a year ago.”\n"
        "“Alarming mortality rate”\n"
        "When the lungs react to feathers, the term often used is “bird fancier’s lung.”\n"
        "Breathing mould can lead to what’s called “farmer’s lung.”\n"
    )
    assert found == []


def test_the_role_a_description_names_is_the_person_given_that_role() -> None:
    found = said("“We will rebuild the wells,” the commissioner said.\n")
    assert found == [("Maria Okafor", "We will rebuild the wells,")]


def test_according_to_names_the_source_not_the_speaker() -> None:
    found = said("According to AFP, one resident of the town posted: “Why did nobody warn us?”\n")
    assert found == [("one resident of the town", "Why did nobody warn us?")]  # (which resident: kept)


def test_a_report_says_what_its_author_says_and_a_described_person_is_she() -> None:
    found = said(
        "“Water use will double by 2030,” said a report from Harbour Analytics.\n"
        "WIRED spoke to one mother, who lives near the clinic. “I boil every drop,” she said.\n"
    )
    assert found == [("Harbour Analytics", "Water use will double by 2030,"),
                     ("one mother", "I boil every drop,")]  # fmt: skip


def test_he_said_after_a_sentence_is_its_subject_not_a_name_it_mentions() -> None:
    found = extract_quotes(
        "Patrick Simmons and Michael Donaldson played together on Monday.\n"
        "After the encore, Simmons teed up Donaldson’s cameo. “You might remember him,” he said.\n"
    )
    assert [q.speaker for q in found] == ["Patrick Simmons"]


def test_participles_descriptions_and_writing_are_cues() -> None:
    found = said(
        "Okafor urged the board to act as soon as possible, saying “time is running out for the wells.”\n"
        "Water engineers called it the “end of an era,” as the old pumps were switched off.\n"
        "“The wells are safe now,” Pieter van der Berg, a spokesman for the water board, has written.\n"
    )
    assert found == [("Maria Okafor", "time is running out for the wells."),
                     ("water engineers", "end of an era,"),
                     ("Pieter van der Berg", "The wells are safe now,")]  # fmt: skip


def test_a_term_in_an_earlier_sentence_does_not_wait_for_a_later_speaker() -> None:
    found = said("Imports of “intermediate goods” have risen. “Prices will follow,” Okafor said.\n")
    assert found == [("Maria Okafor", "Prices will follow,")]


def test_a_pull_quote_is_counted_once_where_it_is_said_and_breaks_no_chain() -> None:
    found = said(
        "“Every child deserves clean water,” Okafor said.\n"
        "“The wells will be tested every week,” Pieter van der Berg said of the plan.\n"
        "“Every child deserves clean water, and every well will be tested,” she continued.\n"
        "“The wells will be tested every week,” Van der Berg said.\n"
    )
    assert [speaker for speaker, _ in found] == ["Maria Okafor", "Maria Okafor", "Pieter van der Berg"]


def test_a_conjoined_cue_and_a_question_after_the_askers_sentence() -> None:
    found = said(
        "Okafor praised the engineers but warned that “the work is far from over.”\n"
        "Van der Berg returned to the question later. “Who pays for the pumps?”\n"
    )
    assert found == [
        ("Maria Okafor", "the work is far from over."),
        ("Pieter van der Berg", "Who pays for the pumps?"),
    ]


def test_given_names_tell_a_pronoun_who_fits_and_titles_are_not_people() -> None:
    found = extract_quotes(
        "The actress Mary Holloway spoke about the film “Wild Harbour” on Monday.\n"
        "The late neurologist Oliver Banks wrote about such cases. “I could not focus,” she said.\n"
        "Holloway also spoke of the set of “Fargo,” in winter. Tom Reyes agreed: “It was a hard shoot.”\n"
    )
    assert [(q.speaker, q.quote) for q in found] == [
        ("Mary Holloway", "I could not focus,"),
        ("Tom Reyes", "It was a hard shoot."),
    ]


def test_a_paragraph_about_someone_introduces_the_next_he_said() -> None:
    found = extract_quotes(
        "“The plate is full,” Tom Young said.\n"
        "At a hearing last month, Rep. Robert Aderholt pushed for more rockets.\n"
        "“What do you think?” he said.\n"
    )
    assert [q.speaker for q in found] == ["Tom Young", "Robert Aderholt"]


def test_testimony_that_concluded_is_no_speaker_and_a_city_is_no_person() -> None:
    found = extract_quotes(
        "“One launch did it all,” Tom Stafford said. He then cited Doug Cooke’s testimony that concluded "
        "the risk was high. “I cannot disagree with it.”\n"
        "Ann Marsh, a scientist at the University of California, San Francisco, studies cells. "
        "She calls the results “a very early step,” for now.\n"
    )
    assert [(q.speaker, q.quote) for q in found] == [
        ("Tom Stafford", "One launch did it all,"),
        ("Tom Stafford", "I cannot disagree with it."),
        ("Ann Marsh", "a very early step,"),
    ]


def test_ages_asides_and_headings_do_not_hide_or_invent_speakers() -> None:
    found = extract_quotes(
        "Time for Dr. Holmes\n"
        "At first the clinic found nothing.\n"
        "“I could not climb the stairs,” wrote 43-year-old Martin Tayler of Aberdeen in a case study.\n"
        "Lucas Paganini led the study. Finding water there, he said, is the “next best thing” to an ocean.\n"
    )
    assert [(q.speaker, q.quote) for q in found] == [
        ("Martin Tayler", "I could not climb the stairs,"),
        ("Lucas Paganini", "next best thing"),
    ]
    assert "Holmes At" not in {q.speaker for q in found}


def test_roles_are_what_one_person_is_and_titles_before_a_name_are_not_the_name() -> None:
    found = extract_quotes(
        "Tom Young, retired aerospace executive, spoke first. Tom Reed, backed up that assessment.\n"
        "Steenburgen’s co-writers Kate Yorke and Cait Smyth came later.\n"
        "“Hibernation could change space travel,” explains SciSpacE Team Leader Jennifer Ngo-Anh.\n"
        "“It is a different muscle,” Yorke said. “The plate is full,” Young said. “Agreed,” Reed said.\n"
    )
    roles = {q.speaker: q.role for q in found}
    assert "Jennifer Ngo-Anh" in roles and roles["Jennifer Ngo-Anh"] == "SciSpacE Team Leader"
    assert roles["Tom Young"] == "retired aerospace executive"
    assert roles["Tom Reed"] is None and roles["Kate Yorke"] is None


def test_no_speaker_is_a_fragment_a_place_or_a_clause() -> None:
    found = extract_quotes(
        "The minister flew to New Delhi on Monday.\n"
        "“We will not wait,” New Delhi said, according to the statement.\n"
        "Dr. Owen John Dempsey, a consultant chest physician at the Albyn Hospital, saw him. "
        "“We are paid to be nosy,” Dempsey said.\n"
    )
    # the whole name, its title dropped; the role is the appositive, not "Dr. Owen"
    expected = [("Owen John Dempsey", "a consultant chest physician at the Albyn Hospital")]
    assert [(q.speaker, q.role) for q in found] == expected


def test_polnear_annotation_becomes_gold_quotes_with_named_speakers() -> None:
    """The PolNeAR benchmark's reading of brat files: quoted stretches of each content, a split
    quote read with its cue in between, the source cut at its comma or named from the map."""
    import quotes_polnear

    text = 'Headline.\n"We will win," said Ann Lee, a mayor. "No doubt."\nShe called it "a fine day" and he said yes.'
    ann = (
        'T1\tContent 10 24;48 60\t"We will win," "No doubt."\n'
        "T2\tSource 30 47\tAnn Lee, a mayor.\n"
        "E1\tAttribution:T9 Source:T2 Content:T1\n"
        "T3\tSource 61 64\tShe\n"
        'T4\tContent 72 87\tit "a fine day"\n'
        "E2\tAttribution:T8 Source:T3 Content:T4\n"
        "T5\tContent 0 8\tHeadline\n"
        "E3\tAttribution:T7 Content:T5\n"
    )
    gold = quotes_polnear.gold_quotes(text, ann, {"61": "Ann Lee"}, body_start=10)
    assert [(q["quote"], q["speaker"]) for q in gold] == [
        ("We will win,", "Ann Lee"),
        ("No doubt.", "Ann Lee"),
        ("a fine day", "Ann Lee"),
    ]


def test_quote_marks_typed_as_two_apostrophes() -> None:
    text = (
        "Rates rose again.\n''I wouldn't object to carving that back,'' Ms. Batchelder said. "
        "She added: ''It would help low-income people.''\nHope Hicks said she'd ''get back'' to me."
    )
    quotes = extract_quotes(text)
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("I wouldn't object to carving that back,", "Batchelder"),
        ("It would help low-income people.", "Batchelder"),
        ("get back", "Hope Hicks"),
    ]
    assert all(text[q.start : q.start + len(q.quote)] == q.quote for q in quotes)
    assert extract_quotes("It's the reporters' job, Trump's too.") == []


def test_blank_lines_between_paragraphs_change_nothing() -> None:
    """The stored article text separates paragraphs with a blank line; a quote running over
    paragraphs and a "he said" after a paragraph about someone must read the same."""
    lines = [
        "So much for the contrite Donald Trump.",
        "Running mate Mike Pence had warned the nominee.",
        "During the debate, Trump labeled Clinton the worst abuser in the history of politics.",
        "\"It's just words, folks; it's just words,\" he said.",
        '"I will go on," Ann Lee said. "We start in May.',
        '"We finish in June."',
    ]
    single = extract_quotes("\n".join(lines))
    double = extract_quotes("\n\n".join(lines))
    assert [(q.quote, q.speaker) for q in double] == [(q.quote, q.speaker) for q in single]
    assert [q.speaker for q in double] == ["Donald Trump", "Ann Lee", "Ann Lee", "Ann Lee"]


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


def test_cues_as_someone_puts_it_and_interjected() -> None:
    assert _speakers(
        'North Korea is "racing towards the finish line," as Van Jackson, a professor, puts it.'
    ) == ["Van Jackson"]
    assert _speakers(
        '"It is a fine plan," Ann Lee said.\n"Because you would be in jail," Bo Chen interjected.'
    ) == [
        "Ann Lee",
        "Bo Chen",
    ]


def test_staff_and_possessions_speak_for_the_name_they_carry() -> None:
    text = '"Paul Ryan is focusing the next month on defeating Democrats," another Ryan spokesperson added.'
    assert _speakers(text) == ["another Ryan spokesperson"]
    text = 'Hillary Clinton spoke.\n"We have no record of any such meeting at all," her campaign said.'
    assert _speakers(text) == ["her campaign"]
    text = 'In closing, the CNN host reiterated, "it is horrifying and very, very upsetting."'
    assert _speakers(text) == ["the CNN host"]
    text = (
        'The newspaper took note of the former first lady\'s shortcomings, writing: "We recognize her flaws."'
    )
    assert _speakers(text) == ["The newspaper"]


def test_the_subject_of_an_appositive_speaks_not_their_employer() -> None:
    text = (
        '"It gives an unseemly appearance," said Karen Hobert Flynn, president of Common Cause.\n'
        'Flynn, the president of Common Cause, said that if Clinton wins, "she does need to think about it."'
    )
    assert _speakers(text) == ["Karen Hobert Flynn", "Karen Hobert Flynn"]
    text = '"We will spend the month on our majorities," Ryan’s spokeswoman, AshLee Strong, said.'
    assert _speakers(text) == ["AshLee Strong"]


def test_a_poll_in_the_appositive_and_a_quoted_name_before_the_quote() -> None:
    text = (
        "“Trump is in a weaker position than our September track,” Republican pollster Bill McInturff, "
        "part of the bipartisan team conducting the survey, told NBC."
    )
    assert _speakers(text) == ["Bill McInturff"]
    text = (
        'Donald Trump spoke on Friday.\nThe Trump campaign sent an email saying that "Obama-Clinton" '
        'policies are "killing the American middle class."'
    )
    assert [(q.quote, q.speaker) for q in extract_quotes(text)] == [
        ("killing the American middle class.", "The Trump campaign")
    ]


def test_round_up_layout_and_a_partial_quote_that_ends_its_sentence() -> None:
    text = (
        'Gerald F. Seib, The Wall Street Journal: "It looked for a while as if he would be calm. It changed."\n'
        'Meghan McCain, Twitter: "Chris Wallace is the real winner of this debate. America is the loser."'
    )
    assert _speakers(text) == ["Gerald F. Seib", "Meghan McCain"]
    text = (
        'In a statement on its website, RT called the decision "incomprehensible and without warning." '
        "The network said the decision was part of a pattern."
    )
    assert _speakers(text) == ["RT"]
    text = 'As the deal was negotiated in 2012, Clinton said that the deal "sets the gold standard in trade."'
    assert _speakers(text) == ["Clinton"]


def test_he_who_names_someone_else_in_his_own_sentence_is_still_the_subject() -> None:
    text = (
        "In a series of posts, Trump lamented how hard it is to win without support.\n"
        "He called Ryan a “very weak and ineffective leader” and boasted about how “nice” it is now "
        "“that the shackles have been taken off me and I can now fight.”\n"
        "“It feels so good,” he told donors."
    )
    assert set(_speakers(text)) == {"Trump"}


def test_a_cue_spent_on_the_quote_before_does_not_name_the_next() -> None:
    text = (
        "“I think they forgot that there was an election, right?” Trump said at a fundraiser, according "
        "to audio obtained by the Texas Tribune. “You didn’t see them. Why aren't they on the shows?”"
    )
    assert _speakers(text) == ["Trump", "Trump"]


def test_the_speaker_inside_a_reported_clause_and_quoted_as_saying() -> None:
    text = (
        "Hillary Clinton met her in 1991.\nBroaddrick said she was approached by Clinton who took her by the arm "
        "and said, “I just want to thank you for everything you are doing.”\n"
        "As she left, Broaddrick said Clinton again grabbed her by the arm and, in a low voice said, "
        "“Do you understand. Everything you do.”"
    )
    assert _speakers(text) == ["Hillary Clinton", "Hillary Clinton"]
    text = '"We have no idea what this is connected with," the RBK website quoted Ms. Simonyan, the editor, as saying.'
    assert _speakers(text) == ["Simonyan"]
    assert _speakers(
        'RT boasts that it is the "most-watched news network on YouTube" with three billion views.'
    ) == ["RT"]


def test_an_embassy_is_no_person_a_pronoun_could_mean() -> None:
    text = (
        "Jonathan Eyal, a director at the institute, said the action reflected concerns.\n"
        'Beyond that, he said, the bank may follow a lead. It could be a "veiled sanction," he said, aimed at '
        '"trying to convey to the propaganda sources that life is difficult in the West."\n'
        "Public accusations grew so loud that the Russian Embassy in London issued a statement."
    )
    assert set(_speakers(text)) == {"Jonathan Eyal"}


def test_words_inside_a_quote_make_no_one_a_reporter() -> None:
    text = (
        "“I have only met this accuser once,” Anthony Gilberthorpe said in a note.\n"
        "“What she said about Trump is wrong,” he told the Post. “It is wrong for the American people.”\n"
        "He said he is willing to tell his story face to face.\n"
        "“I will meet her again and I will challenge her on the points she made,” he said."
    )
    assert set(_speakers(text)) == {"Anthony Gilberthorpe"}


def test_openings_appositive_names_and_with_x_saying() -> None:
    text = '"Our strategy is to expand the portfolio in key locations," said a spokeswoman for the hotels, Jennifer Rodstrom.'
    assert _speakers(text) == ["Jennifer Rodstrom"]
    text = (
        "The campaign declined to comment, with spokesman Glen Caplin saying, "
        '"By dribbling these out every day they are proving their agenda."'
    )
    assert _speakers(text) == ["Glen Caplin"]
    text = 'Last November, Hillary Clinton tweeted: "Every survivor of sexual assault deserves to be heard."'
    assert _speakers(text) == ["Hillary Clinton"]
    text = (
        'In December, a woman in the audience asked her: "You say that all victims should be believed. Why?"'
    )
    assert _speakers(text) == ["a woman in the audience"]
    text = (
        "The WeWorkers Coalition held a rally.\n"
        'In a statement, the group said the company "is not following through on its promise to treat us well."'
    )
    assert _speakers(text) == ["WeWorkers Coalition"]


def test_inverted_cues_nouns_that_look_like_verbs_and_lowercase_title_case() -> None:
    text = (
        '"What we should do is focus on ISIS, not on Syria," said Trump as he dined at his Trump National Doral resort.\n'
        "Trump said Duterte’s latest comments showed “a lack of respect for our country.”\n"
        "Obama could act now to replace White with a more liberal member, said Bart Naylor, an advocate. "
        '"It would avoid a big Senate fight."\n'
        'White House deputy press secretary Eric Schultz said,  "The president continues to back her fully."\n'
        "Donald Trump said that Clinton’s plan for Syria would “lead to World War Three,” because of Russia."
    )
    assert _speakers(text) == ["Donald Trump", "Donald Trump", "Bart Naylor", "Eric Schultz", "Donald Trump"]


def test_mr_and_mrs_tell_a_pronoun_who_is_who() -> None:
    text = (
        "Hillary Clinton spoke in Raleigh. Donald J. Trump spoke in Florida.\n"
        "Mr. Trump attacked Mrs. Clinton's record, but swerved from his script. At one point, he suggested that "
        'the offensive was an effort by President Obama to "show what a tough guy he is before the election."'
    )
    assert _speakers(text) == ["Donald J. Trump"]


def test_batch_five_rules_subjects_parentheses_titles_and_fuller_names() -> None:
    text = (
        "Donald Trump is slamming the decision to re-open relations with Cuba, saying “it’s always a bad deal.”\n"
        "The club’s general manager, David Feder, later said that “more than 95 percent” of staff are insured.\n"
        "Republican leaders unleashed Demogorgon Trump, who is now eating party leaders alive.\n"
        'Between Saturday and Monday, the Trump monster fired off tweets: "CORRUPTION CONFIRMED ... voter fraud!"\n'
        'After the firebombing (Clinton called it "horrific and unacceptable"), Trump inflamed tensions.\n'
        'Donald J. Trump said, "We will look at breaking this deal up, believe me." Tim Kaine said he was '
        'concerned. "Less concentration is generally helpful, especially in the media," he said on "Meet the Press."'
    )
    assert _speakers(text) == [
        "Donald J. Trump", "David Feder", "the Trump monster", "Clinton", "Donald J. Trump", "Tim Kaine",
    ]  # fmt: skip


def test_batch_six_rules_openings_sentence_chains_and_inverted_reporters() -> None:
    # (a name that opens a paragraph after one ending in a quote mark is a person, not a title)
    text = (
        'Three weeks later, Maria Lopez won cheers when she phoned a rally, telling them "you kept this going" '
        "before she hung up.\n"
        "In the days after the Oct. 3 storm in which the river forced the town to empty its schools, Paul Grant, "
        "the mayor's former adviser, put the blame on the county.\n"
        'He said the county has "a habit of waiting for the water before it builds the wall."\n'
        "Frank Hale pushed the committee to act. He urged Ms. Lopez's aides to call Sen. Ron Ortiz (Ore.) "
        'on the vote. And he asked the committee "to settle it before the winter."\n'
        '"It can be done without a fight," he wrote.\n'
        "The storm offered a lesson, said Karen Ames, a hydrologist at the state university. "
        '"If the wall had been built then, the schools would be open now," she said.\n'
        '"The county was told in 2009 and did nothing," noted the Valley Courier this summer.\n'
    )
    assert _speakers(text) == [
        "Maria Lopez", "Paul Grant", "Frank Hale", "Frank Hale", "Karen Ames", "Valley Courier",
    ]  # fmt: skip


def test_batch_six_rules_short_given_names_opening_phrases_and_subject_lines() -> None:
    text = (
        'Josh Keller, a spokesman, said the plan was "the best we could do under the circumstances."\n'
        "The delays alarmed Linda Hart. In early May, she sent her staff a report on the delays.\n"
        '"What do you suggest we do?" she asked.\n'
        'For voters who have not decided yet, Hart told the crowd that the choice "could not be clearer."\n'
        'Union President Mary Kay Henley sent a note to Hart with the subject line, "It worked!"\n'
        '"I looked around the hall and most of our members were in tears," she wrote.\n'
    )
    assert _speakers(text) == [
        "Josh Keller",
        "Linda Hart",
        "Linda Hart",
        "Mary Kay Henley",
        "Mary Kay Henley",
    ]


def test_batch_seven_rules_titles_cues_and_openings() -> None:
    text = (
        '"It keeps coming back," said the Rev. Paul Avery. "Every time you think it is over, it returns."\n'
        "Dana Whitlock, a strategist who ran the mayor's campaign that year, said the party had erred by giving "
        'him "a second chance at the same mistake."\n'
        '"Are we still talking about that man?" Mr. Lund fumed.\n'
        'Vice President Joseph R. Biden Jr., in an interview, blurted out, "Oh, God," at the mention of the name.\n'
        "Pressing the governor once again over the contracts he gave to friends, Marcia Fell said the records "
        '"show a pattern nobody can explain away."\n'
        'Asked about the race, Ms. Fell sighed: "It is more pain."\n'
    )
    assert _speakers(text) == [
        "Paul Avery", "Paul Avery", "Dana Whitlock", "Lund", "Joseph R. Biden Jr", "Marcia Fell", "Marcia Fell",
    ]  # fmt: skip


def test_batch_seven_rules_pronouns_followers_and_interjected_cues() -> None:
    text = (
        "A freshman named Hayley Pratt posted a picture of the chalk online.\n"
        '"Proud of our work, but half the campus is going to hate it," she tweeted.\n'
        "Trump backers on campus looked to Derek Kowal, who had revived the club, to take a stand. He declined.\n"
        '"We were a new club and we did not want to take sides," he said.\n'
        'In the shops and on the streets, he said, strangers told him that "he might be good for us but bad for '
        'the world."\n'
        'When asked if this included every member Kowal said, "Every one of them."\n'
        'He went on to say, "You can vote for him and still not like him much."\n'
    )
    assert _speakers(text) == ["Hayley Pratt", "Derek Kowal", "strangers", "Derek Kowal", "Derek Kowal"]


def test_batch_eight_rules_descriptions_roles_and_participles() -> None:
    text = (
        "A county judge could be removed if the report holds, Ohio Rep. Mark Hollis said Wednesday.\n"
        '"This inquiry will go on whatever the vote," the Republican lawmaker told a radio host. "It has to."\n'
        "And he echoed Sen. Ron Jansen (R-Ind.), who told a newspaper that the judge could be removed for "
        '"willful concealment and destruction" of records.\n'
        "In his interview, Hollis criticized the judge for “running around saying the inquiry is over” and "
        "suggested that the ruling could bring a “constitutional crisis.”\n"
        "City Hall spokesman Glen Carter declined to comment, calling the report "
        '"a partisan document written by the judge\'s rivals."\n'
        "Linda Dorn spoke in Dayton. She tried to rally her supporters by wondering aloud "
        '"why in the world the county would wait so long."\n'
        'Brightline issued a statement saying that "the firm never received any benefit from the county."\n'
        "The judge has referred to her as “Little Katy, a third-rate reporter.”\n"
        'The judge was paid, according to "Man of the World," a book about the county.\n'
    )
    assert _speakers(text) == [
        "Mark Hollis", "Mark Hollis", "Ron Jansen", "Mark Hollis", "Mark Hollis", "Glen Carter", "Linda Dorn",
        "Brightline", "The judge",
    ]  # fmt: skip


def test_a_quote_right_after_its_cue_leaves_the_next_cue_to_the_next_sentence() -> None:
    text = (
        "Douglas Bane wrote the memo. He said it was complete.\n"
        "A beverage company spokesman said the company had given because it believed "
        '"in the good work that can be done together." He said the firm had been hired.\n'
    )
    assert _speakers(text) == ["a beverage company spokesman"]


def test_batch_nine_rules_a_quote_paragraph_after_a_paragraph_about_someone() -> None:
    text = (
        '"I will be your greatest champion," Donald Trump said in Charlotte.\n'
        'On "The Morning Show" radio program Wednesday, Hillary Clinton was asked about her candidacy.\n'
        '"I have tried to emphasize to people that it is historic, but I have a lot of work I want to do."\n'
        "Stephanie Ruhle asked Michael Flynn to describe Putin twice. He did not do so, and instead argued "
        "that the administration made a deal with Russia “to give the leading sponsor of terrorism a weapon.”\n"
        'Her campaign also released two commercials it described as "closing arguments" to voters.\n'
    )
    assert _speakers(text) == ["Donald Trump", "Hillary Clinton", "Michael Flynn", "her campaign"]


def test_batch_ten_rules_leaked_messages_recalled_words_and_descriptions() -> None:
    text = (
        "Senator Clara Moss, Democrat of Missouri, spoke at the statehouse.\n"
        'So "you can imagine how depressed I was," the 63-year-old senator said the other day.\n'
        "A March 2015 exchange between Podesta and aide Cheryl Mills has John Podesta saying, "
        "“We are going to have to dump all those emails so better to do so sooner.”\n"
        "An email sent in March by campaign communications director Jennifer Palmer to Podesta indicates "
        "that the president knew about the address Hillary Clinton was using.\n"
        "“Suggest Philippe talk to Josh or Eric. They know the president emailed her,” she wrote.\n"
        "“If you can't handle this, you can't cover politics,” Ms. Moss recalls her editor telling her years ago.\n"
        "Campaign chairman John Podesta told NBC that the campaign believes if Clinton wins Nevada, "
        "she “is going to be the next president of the United States.”\n"
        "Hillary Clinton, the Democratic nominee, was asked about the server again.\n"
        "When confronted by a reporter about the server, the Democratic nominee mockingly responded, "
        "“What? Like with a cloth or something?”\n"
        "Polls can swing because of a phenomenon called “differential nonresponse.”\n"
        'Moss first told the story in her 2015 memoir, "Plenty Ladylike."\n'
    )
    assert _speakers(text) == [
        "Clara Moss", "John Podesta", "Jennifer Palmer", "her editor", "John Podesta", "Hillary Clinton",
    ]  # fmt: skip


def test_batch_eleven_rules_credit_lines_owners_and_cues_after_a_partial_quote() -> None:
    text = (
        "“We have run out of patience,” said Carmody’s communications director, Jennifer Palmer, "
        "adding that the talks would go on.\n"
        "“Normally,” she said, “we would wait another month for them.”\n"
        '"Disappointment can motivate us to action," psychologist Vera White says. This can make '
        'people feel empowered, adds psychologist Mary Alvord. "You are not helpless," she says.\n'
        '"Do not engage at all," Nancy Molitor says. "It does not make them a villain." Practice '
        "kindness and empathy, says David Palmer, a professor of psychology.\n"
        'There are signs when we get worked up, so "know your triggers," Molitor advises.\n'
        '"Talk to other people who support you," advises psychologist Alvord.\n'
        "“I am so ready to work on this,” Molitor emailed her daughter.\n"
        '"We have not seen anything like this before. You just assume that people know policy.\n'
        'Norman Ornstein, American Enterprise Institute scholar, on the campaign."\n'
    )
    assert _speakers(text) == [
        "Jennifer Palmer", "Jennifer Palmer", "Jennifer Palmer", "Vera White", "Mary Alvord",
        "Nancy Molitor", "Nancy Molitor", "Nancy Molitor", "Mary Alvord", "Nancy Molitor", "Norman Ornstein",
    ]  # fmt: skip


def test_a_title_with_of_before_a_name_is_the_role_not_part_of_the_name() -> None:
    quotes = extract_quotes(
        "Secretary of State Hillary Clinton said: “We will not wait.”\n"
        "“We will go on,” said Secretary of Defense Ash Carter.\n"
    )
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Hillary Clinton", "Secretary of State"), ("Ash Carter", "Secretary of Defense"),
    ]  # fmt: skip


def test_batch_twelve_rules_epithets_nicknames_and_repeated_words_with_a_cue() -> None:
    text = (
        "Donald Trump and Hillary Clinton met voters on Wednesday. Trump spoke first, then Clinton.\n"
        "Clinton, the former secretary of State, stressed her support of the raid.\n"
        'The former first lady and U.S. senator said it was "a mistake" to use private email.\n'
        "Trump, appearing after Clinton at the forum, cited problems in the Middle East.\n"
        '"We need change," the New York businessman said, arguing that he will bring a "common-sense" '
        "approach to the demands of the office.\n"
        "The GOP candidate did not supply a cost estimate for his plans, though he said "
        '"budget reforms" would help finance them.\n'
        '"This is a big year for our potential senator!" Scott\'s niece, state Del. Marcia "Cia" Price '
        "(D-Newport News), shouted to the crowd.\n"
        'Clinton "is the only candidate with the temperament to keep America safe," retired Air Force '
        "general Lloyd Newton said.\n"
        'What Mr. Trump has seen instead are the polls. "And they\'re terrifying," he said.\n'
        "Mr. Trump dismissed it as the voice of his rival's client, Peabody Energy, the largest coal "
        'company. "You know, I love Larry," he said. "Some charts come in the morning," he said, '
        '"and they\'re terrifying."\n'
    )
    assert _speakers(text) == [
        "Hillary Clinton", "Donald Trump", "Donald Trump", "Donald Trump", "Marcia Price", "Lloyd Newton",
        "Donald Trump", "Donald Trump", "Donald Trump", "Donald Trump",
    ]  # fmt: skip


def test_batch_thirteen_rules_pairs_reported_clauses_and_documents() -> None:
    text = (
        "Critics, like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, Democrat "
        "of Vermont, want changes. They sent a letter on Thursday.\n"
        '"The program has become plagued by fraud and should be allowed to expire," they wrote.\n'
        "The administration may be reluctant to act while talks go on, Adam Schiff said. "
        '"The other factor the administration may be weighing is the appearance of bias."\n'
        "President Obama condemned the test. He said the allies will take other measures "
        '"to demonstrate to North Korea that there are consequences to its actions."\n'
        '"To be clear, the United States will never accept North Korea as a nuclear state," he said.\n'
        'South Korea accused its leader of "fanatic recklessness." South Korean President Park Geun-hye '
        'said his state of mind is "spiraling out of control."\n'
        "Other leaders used blunt language to denounce what Australian Prime Minister Malcolm Turnbull "
        'called North Korea\'s "reckless, provocative, dangerous" actions.\n'
        'It is prohibited when voting "to fill a vacancy on the national ticket," per the party\'s bylaws.\n'
        'The primary requirement is a "lawful source of investment income," as a Homeland Security memo '
        "put it.\n"
        "Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, "
        'said they were concerned that brokers "may try to use increasingly sophisticated methods" to cheat.\n'
        "Connie Mariano wrote a memoir of her time at the White House.\n"
        '"Hillary was back on the campaign trail within days," the book said.\n'
        "Caddell continued:\n"
        '"The health issue is a partisan one: “Do you think her health concerns matter?” Forty-three, yes."\n'
    )
    assert _speakers(text) == [
        "Charles E. Grassley and Patrick J. Leahy", "Adam Schiff", "Obama", "Obama", "Park Geun-hye",
        "Malcolm Turnbull", "the party's bylaws", "a Homeland Security memo",
        "officials at Homeland Security Investigations", "Connie Mariano", "Caddell",
    ]  # fmt: skip


def test_batch_fourteen_rules_cues_after_a_continued_sentence_and_headings_in_capitals() -> None:
    text = (
        "Douglas Holtz-Eakin, an economist, weighed the plans.\n"
        '"I have admiration for the mechanics" of the Clinton proposals, Mr. Holtz-Eakin said.\n'
        "CONGRESS HAS INVESTIGATED HIM — His advice earned him a hearing, where he was questioned for "
        "saying an extract was a “magic weight loss cure for every body type.”\n"
        "Oz is “smart as hell,” Steve Mosko wrote in an email, and “full of it.”\n"
        "Now Brazile’s CNN colleague, Jake Tapper, insists her actions were “unethical” and “truly horrifying.”\n"
    )
    assert _speakers(text) == [
        "Douglas Holtz-Eakin",
        "Steve Mosko",
        "Steve Mosko",
        "Jake Tapper",
        "Jake Tapper",
    ]


def test_batch_fifteen_rules_lead_ins_epithets_and_titled_surnames() -> None:
    text = (
        "The New York Times reports:\n"
        '"In an illustration of the lack of enthusiasm, just 24 percent of the contributors gave little.\n'
        '"Without this online network, the campaign has to hold more fund-raisers."\n'
        "Bernie Sanders spoke on Friday.\n"
        '"I think we have got to back away from personality and look at the issues," Sanders said.\n'
        'As far as whether anger remains, the Vermont senator acknowledged that "some people" feel that way.\n'
        "President Obama spoke to the caucus.\n"
        'The president told African-Americans he would consider it a "personal insult" if they did not vote.\n'
        'Minyon Moore, a senior adviser, called Mr. Obama\'s remarks "a true wake-up call" to his supporters.\n'
        "Obama has had a frosty relationship with McConnell, now the majority leader, who in 2010 said "
        'the goal was to make Obama a "one-term president."\n'
    )
    assert _speakers(text) == [
        "the New York Times", "the New York Times", "Bernie Sanders", "Bernie Sanders", "Obama", "Minyon Moore",
        "McConnell",
    ]  # fmt: skip


def test_roles_are_no_verbs_asides_or_datelines() -> None:
    text = (
        "The bill would let families sue Saudi Arabia. Last week I caught Larry King on his new show.\n"
        '"They pay us well," Larry King said.\n'
        'Democratic nominee Hillary Clinton, at a later rally, said, "We wait for the facts."\n'
        '"It was a sad moment," said European Council President Donald Tusk, summing up the talks.\n'
        "WASHINGTON - Senator Claire McCaskill spoke first.\n"
        '"We are ready," McCaskill said.\n'
        'Jeremy Bird, a senior aide to Mr. Obama, said: "The field is ours."\n'
        'Former astronaut Tom Stafford said "the moon can wait."\n'
    )
    roles = {q.speaker: q.role for q in extract_quotes(text)}
    assert roles["Larry King"] is None  # not "caught"
    assert roles["Hillary Clinton"] == "Democratic nominee"  # not "at a later rally"
    assert roles["Donald Tusk"] == "European Council President"  # not "summing up the talks"
    assert roles["Claire McCaskill"] == "Senator"  # not the dateline
    assert roles["Jeremy Bird"] == "a senior aide to Mr. Obama"  # on past "Mr."
    assert roles["Tom Stafford"] == "Former astronaut"


def test_batch_sixteen_rules_titles_before_names_widows_and_institutions() -> None:
    text = (
        'The blast was what Mayor Bill de Blasio called "an intentional act."\n'
        '"We see no link to terrorism," the mayor said.\n'
        "The court may let families sue Saudi Arabia.\n"
        '"The reasons for the veto hold no weight. They are wrong," said 9/11 widow Terry Strada.\n'
        'She continued, "All we ask is to be heard in a courtroom."\n'
        '"Our assumption is that the veto will be overridden," Senate Majority Leader Mitch McConnell said.\n'
        "House Speaker Paul Ryan, despite his worries, thinks McConnell is right about the override.\n"
        '"I do think the votes are there for the override," he said.\n'
    )
    assert _speakers(text) == [
        "Bill de Blasio", "Bill de Blasio", "Terry Strada", "Terry Strada", "Mitch McConnell", "Paul Ryan",
    ]  # fmt: skip


def test_a_quoted_transcript_gives_each_turn_to_its_labelled_speaker() -> None:
    text = (
        "On Sunday, Gov. Mike Pence said the tweet was a joke. Partial transcript as follows:\n"
        '"WALLACE: Let’s start with the debate. Will the guest be there tomorrow night?\n'
        '"PENCE: Well, look, the other campaign thinks this is an episode of “Shark Tank.” It is not.\n'
        '"And that is why we are going to win in November.\n'
        '"WALLACE: Governor, I don’t want to interrupt, but we are out of time.\n'
        '"Follow Pam Key on Twitter @pamkeyNEN."\n'
    )
    found = [(q.speaker, q.quote[:20]) for q in extract_quotes(text)]
    assert found == [
        ("Wallace", "Let’s start with the"),
        ("Mike Pence", "Well, look, the othe"),
        ("Mike Pence", "And that is why we a"),
        ("Wallace", "Governor, I don’t wa"),
    ]


def test_reported_speech_frames_said_because_conveyed_and_as_x_put_it() -> None:
    text = (
        "Ed Schultz joined the network in 2015.\n"
        'He said he did not mention the leak in the segment I watched last week because "no one can '
        'credibly state they have evidence, and as soon as they do, I will report it."\n'
        "The Times reported that the network's editor, Margarita Simonyan, conveyed to the host that "
        'her statement was "not in line with our editorial policy."\n'
        "Critics say the network is biased. As Ms. Simonyan put it in a statement to my colleague in "
        'July, the network is "providing a perspective you won\'t get from the mainstream press."\n'
    )
    assert _speakers(text) == ["Ed Schultz", "Margarita Simonyan", "Margarita Simonyan"]


def test_batch_seventeen_rules_titles_descriptions_documents_staff_and_it() -> None:
    text = (
        "Donald Trump spoke in Ohio.\n"
        'Ouisa Davis\' commentary, "Melania, tell your immigrant story," is very thoughtful.\n'
        'During a heated debate about the nominees, a friend commented: "For you, immigration is the '
        'most important reason to vote."\n'
        "A document on the Trump campaign's website states that couples qualify only if their marriage "
        'is "recognized under state law," language that could bar many parents.\n'
        "Trump campaign spokesman Jason Miller told The Post that the policy covers single mothers.\n"
        '"We don\'t have the exact legislation written down," he said.\n'
        "During the primaries, the Times gave Clinton a glowing endorsement.\n"
        'Meanwhile, it attacked Trump, saying he "has offended Hispanics, women and the disabled."\n'
    )
    assert _speakers(text) == ["a friend", "the Trump campaign", "Jason Miller", "the Times"]


def test_batch_eighteen_rules_rulings_labels_and_call_them() -> None:
    text = (
        "The appeals court ruled that the state's practices are unlawful.\n"
        '"A state cannot avoid the conclusion that its process removes voters," said the ruling.\n'
        "Senate Minority Leader Harry Reid (D-Nev.), in particular, has been pounding Trump as a "
        '"con artist" for weeks. Reid has also gone after Trump as a "spoiled brat."\n'
        'When attackers are found, Obama and Clinton call them "lone wolves" and move on.\n'
        '"I\'m voting for him," one student said. "I feel good about Mike Pence," said another.\n'
    )
    assert _speakers(text) == [
        "the appeals court", "Harry Reid", "Harry Reid", "Obama and Clinton", "one student", "another",
    ]  # fmt: skip


def test_batch_nineteen_rules_credits_shared_surnames_and_introductions() -> None:
    text = (
        "Keith Lamont Scott was sitting in his truck. Rakeyia Scott can be heard yelling that her "
        "husband was unarmed.\n"
        '"Don\'t shoot him," she says. "He has no weapon."\n'
        "”Fear. I am truly afraid of what he calls “hell” in this race.” ― Edwin G. Monroy\n"
        "“The most unqualified child to ever run for president.” ― Oscar P. Quintero\n"
        "The gala at the National Museum of African American History and Culture drew stars like Patti "
        "LaBelle and Stevie Wonder, who joked, \"I haven't seen it yet, but I'm going to.\"\n"
        "Mr. Obama spoke next.\n"
        '"A museum alone will not alleviate poverty in every inner city," he said.\n'
        'Democratic nominee Hillary Clinton chimed in on Twitter, saying the videos should come out "without '
        'delay."\n'
        'Scott\'s family has called on police to release the videos "as a matter of transparency."\n'
        "That worries Henry Crespo, president of the Miami-based Florida Democratic Black Caucus.\n"
        '"No one is writing songs for Hillary," he said.\n'
        'They turned to the Chicago Police Department which reported "2,521 shooting incidents" this year.\n'
    )
    assert _speakers(text) == [
        "Rakeyia Scott", "Rakeyia Scott", "Edwin G. Monroy", "Oscar P. Quintero", "Stevie Wonder", "Obama",
        "Hillary Clinton", "Scott's family", "Henry Crespo", "Chicago Police Department",
    ]  # fmt: skip


def test_batch_twenty_rules_accented_names_adverbs_and_an_ellipsis_opening() -> None:
    text = (
        "Jorge Castañeda, a former foreign minister, has a plan.\n"
        "''We should throw as many monkey wrenches into the works as possible,'' Mr. Castañeda said.\n"
        "Lamenting their luck, Mexicans often say, ''Poor Mexico, so far from God and so close to the "
        "United States.''\n"
        'Cruz exhorted Republicans to "vote your conscience" at the convention.\n'
        "Obama said the words divide people.\n"
        "” … what I learned is that when you start calling these groups ‘Islamic terrorists,’ the way "
        "it’s heard is that Islam is terroristic,” he said.\n"
    )
    assert _speakers(text) == ["Jorge Castañeda", "Mexicans", "Cruz", "Obama"]


def test_batch_twenty_one_rules_dashed_asides_participles_and_employers() -> None:
    text = (
        "The issue grew after the debate, when the Democratic candidate Hillary Clinton boldly suggested "
        "that Donald Trump ''doesn't want the American people to know that he's paid nothing.''\n"
        "Mr. Trump hardly clarified the matter, treating Mrs. Clinton's remark as a compliment -- ''That "
        "makes me smart'' -- and, when questioned after the debate, asserting, ''Of course, I pay federal "
        "taxes.''\n"
        "A chorus of prominent Republicans has said the same thing, including the former presidential "
        "candidate Mitt Romney -- ''It is disqualifying for a nominee to refuse to release tax returns'' -- "
        "and Fred Goldberg.\n"
        "David Axelrod on Wednesday called on Howard Dean to apologize.\n"
        "“My reaction, that was outrageous,” Obama's former campaign strategist said in an interview.\n"
        "Dean poked at Trump's sniffing, tweeting, “Notice Trump sniffing all the time. Coke user?”\n"
        "Trump will probably use Monday's encounter to make news, Aaron Kall said: \"I feel like he's got a "
        'surprise up his sleeve."\n'
        '"We need to step away from these efforts," Pence said on CNN\'s "State of the Union."\n'
        "On Sunday, Sen. Bernie Sanders (Vt.), who lost the Democratic primaries to Clinton, identified young "
        'voters as a reason. "The younger people are sick and tired of discrimination and racism."\n'
        "“The impact of Monday’s debate is still small,” wrote Cameron Easley for Morning Consult.\n"
        "Debates are not likely to alter the campaign, noted NBC’s Dante Chinni.\n"
        "“Debates happen late — very late — in the campaign,” he wrote.\n"
        "Even as his path narrows, a defiant Donald Trump is insisting he is “winning” this race.\n"
        'In an interview, House Speaker Paul D. Ryan (R-Wis.) called for "more listening" and "more '
        'learning."\n'
    )
    assert _speakers(text) == [
        "Hillary Clinton", "Donald Trump", "Donald Trump", "Mitt Romney", "David Axelrod", "Howard Dean",
        "Aaron Kall", "Pence", "Bernie Sanders", "Cameron Easley", "Dante Chinni", "Donald Trump",
        "Paul D. Ryan", "Paul D. Ryan",
    ]  # fmt: skip


def test_batch_twenty_two_rules_objects_unions_documents_and_footage() -> None:
    text = (
        "Trump linked the server to his opponent, Hillary Clinton. He said it was criminal.\n"
        "Hillary Clinton is seizing upon a report about Donald Trump's taxes.\n"
        "Clinton says it means Trump never contributed to Pell Grants to help kids attend college.\n"
        "She says Trump represents the “same rigged system that he claims he’s going to change.”\n"
        "In a statement announcing the pick, the Association of Flight Attendants called Clinton a champion.\n"
        "“Our union's progress has opened the door for women,” the union wrote.\n"
        "A web video by the Republican National Committee references four cases.\n"
        "The clip says Kaine “has a passion for the defending the wrong people.”\n"
        "The spot concludes with footage of Trump saying during the debate last week, “That makes me "
        "smart,” when Clinton blasted him.\n"
        'His former business partner at Lenox, Lawrence B. Cummings, called him a master at deals. "He '
        "showed again and again an ability to put together deals that other people couldn't.\"\n"
        '"It was the least bad outcome," Mr. Morgan of the Sierra Club said.\n'
        "Twenty-two years ago, a Times article hailed Trump for his success.\n"
        "“Business leaders honored Donald J. Trump yesterday for pulling off a comeback,” the article read.\n"
    )
    assert _speakers(text) == [
        "Hillary Clinton", "Association of Flight Attendants", "Republican National Committee", "Donald J. Trump",
        "Lawrence B. Cummings", "Morgan", "Times",
    ]  # fmt: skip


def test_batch_twenty_three_rules_first_person_kin_documents_and_second_clauses() -> None:
    text = (
        "I grew up in a paranoid household.\n"
        '"We live in Satan\'s kingdom," my father often said.\n'
        'When my mother mentioned the devil, I laughed and said, "I don\'t believe in the devil." She became '
        'upset, so that I had to change my answer: "Of course I believe in the devil." To which she said, '
        '"Thank God at least you still believe in the devil."\n'
        "Not paying taxes ''makes me smart,'' Donald J. Trump said last week.\n"
        "Instead, the study -- which notes that companies would owe $212 billion, ''equal to the budgets of "
        "California, Virginia and Indiana combined,'' if they were taxed -- should be a call to voters.\n"
        "The researchers reported that Apple holds $214.9 billion offshore, and the report says the company "
        "''reports having 987 subsidiaries in offshore tax havens.''\n"
        "A group of black parents with kids in charter schools sent a letter to the board.\n"
        "“Our children are thriving in charter schools,” the letter reads.\n"
        '"Although the market reaction was orderly, the impact remains unclear," the IMF report stated.\n'
        "“It’s hard to avoid,” said Ryan Ellis, a Republican tax consultant.\n"
        "Clinton has ignored tax reform. Said Ellis: “I don’t get the sense she’s the least bit interested.”\n"
        "Former President Bill Clinton criticized the Affordable Care Act as a “crazy system” in Flint.\n"
        "Charlotte Meehan is playwright-in-residence at Wheaton College.\n"
    )
    assert _speakers(text) == [
        "the writer's father", "Charlotte Meehan", "Charlotte Meehan", "the writer's mother", "Donald J. Trump",
        "the study", "the report", "a group of black parents with kids in charter schools", "the IMF", "Ryan Ellis",
        "Ryan Ellis", "Bill Clinton",
    ]  # fmt: skip


def test_the_first_person_writer_is_named_by_a_single_byline_only() -> None:
    text = 'I met the senator once.\n"It was fine," I said.\n'
    assert [quote.speaker for quote in extract_quotes(text, "By Jane Doe")] == ["Jane Doe"]
    assert [quote.speaker for quote in extract_quotes(text, "Jane Doe and John Roe")] == ["the writer"]
    assert _speakers(text) == ["the writer"]


def test_batch_twenty_four_rules_openers_lead_ins_participles_and_named_before() -> None:
    text = (
        "Ted Cruz and Joel Pollak were both at the debate.\n"
        "Of course, as Joel Pollak of Breitbart California observed, the stage itself won:\n"
        "“The clear winner of Tuesday night’s GOP debate was the Fox Business Network.”\n"
        "That is, when the moderators yielded to the temptation of snark—and Lordy, do we know how "
        "tempting that can be!— Cruz called them on it:\n"
        "“The questions asked in this debate illustrate why the American people don’t trust the media.”\n"
        "Asked by George Stephanopoulos to respond, Ben Carson said, “What does it say about people?”\n"
        "“Well, let me put it this way,” he continued.\n"
        "Later on Sunday, Carson shared a syllabus for a class called “Perception” on his Facebook page, "
        "writing “Allow me also to do the research for the Wall Street Journal reporter.”\n"
        "Sen. Claire McCaskill (D-Mo.) spoke later.\n"
        "Of Sanders, McCaskill said voters would find it “very hard to look past” his label.\n"
        "“Obviously, Bernie is highlighting those issues very well,” she said.\n"
        "''The most impressive aspect has been a newfound resilience by consumers,'' like the recent "
        "volatility of markets, said Richard Curtin, the chief economist for the survey.\n"
    )
    assert _speakers(text) == [
        "Joel Pollak", "Ted Cruz", "Ben Carson", "Ben Carson", "Ben Carson", "Claire McCaskill",
        "Claire McCaskill", "Richard Curtin",
    ]  # fmt: skip


def test_batch_twenty_five_rules_titles_places_second_clauses_and_epithets() -> None:
    text = (
        "Benjamin J. Rhodes and Dennis Ross advised the president.\n"
        "The visit became ''the high-water mark in their relationship,'' according to Mr. Rhodes.\n"
        "Bernie Sanders spoke about refugees.\n"
        "Minors who came to the U.S. from Central America would be a distinct group, Sanders said.\n"
        "“This is the just and moral thing to do,” he said.\n"
    )
    assert _speakers(text) == ["Benjamin J. Rhodes", "Bernie Sanders"]
    story = (
        "Popular Christian and corporate speaker Lance Wallnau believes he has a word for Donald Trump.\n"
        "Wallnau recently posted a video from a conference at which he was speaking.\n"
        "“My dear Michael Cohen,” the conference speaker says into the camera. “I am here with friends.”\n"
        "The crowd cheers, and then Wallnau continues: “God has given this man an anointing.”\n"
        "The Christian leader further related that the next president will be the nation’s 45th. "
        "“I sensed the Lord tell me to look at the 45th Chapter of Isaiah.”\n"
    )
    assert _speakers(story) == ["Lance Wallnau"] * 4


def test_batch_twenty_six_rules_adjective_lists_party_epithets_and_later_lead_ins() -> None:
    assert _speakers(
        "The snarky, anti-GOP/Obama water-carrying headline reads: “Repeat after me: Obama is not "
        "admitting 250,000 Syrian refugees.”"
    ) == ["The snarky, anti-GOP/Obama water-carrying headline"]
    assert _speakers(
        "Presidential candidate Ben Carson suggests reducing government regulations.\n"
        '"It might surprise you, but one of the things would be to get rid of the excessive regulation," '
        "the Republican said this week.\n"
    ) == ["Ben Carson"]
    assert _speakers(
        'For example: "We made a terrible mistake getting involved in the first place," Donald Trump told '
        "CNN's Chris Cuomo in October.\n"
        'Then, later that month on CNN: "I\'ve never said we made a mistake going into Afghanistan."\n'
    ) == ["Donald Trump", "Donald Trump"]


def test_batch_twenty_seven_rules_closing_cues_newspapers_second_clauses_and_one_tweet() -> None:
    assert _speakers(
        "Joining him was Robert Stovall, a Republican activist. Stovall joined Ted Cruz at gatherings.\n"
        "Cruz electrified the small crowds with impassioned speeches, Stovall said.\n"
        '"He was very articulate, smart, well-spoken," he said.\n'
    ) == ["Robert Stovall"]
    assert _speakers(
        "Josh Earnest said the 1991 Nobel Peace Prize winner has been a powerful voice.\n"
        "Yin Myint May, 60, a doctor, said she was elated but still feared the military.\n"
        '"We have to be cautious about it. It\'s almost hard to believe," she said.\n'
    ) == ["Yin Myint May"]
    assert _speakers(
        "On November 18, the New York Daily News suggested the attacks highlight a threat.\n"
        "According to the newspaper, “America’s porous gun laws empower dealers to sell weapons to "
        "essentially any adult.”\n"
        "The New York Times made these same allegations in February, and Breitbart News responded:\n"
        '"If there are people in this country who are so prone to terror attacks, the solution is not '
        'to punish the law-abiding."\n'
    ) == ["New York Daily News", "Breitbart News"]
    assert _speakers(
        "Win Htein, a member of the committee, said Tuesday morning that according to its analysis, "
        'the party has won 82 percent of the vote, but "we are still counting the seats."'
    ) == ["Win Htein"]
    assert _speakers(
        "Twitter became a place to offer support. One tweet said: ''This is very very sad. That's "
        "about all I can say.''"
    ) == ["One tweet"]


def test_batch_twenty_eight_rules_excerpt_credits_judges_dashes_and_accounts() -> None:
    assert _speakers(
        "Judge Berman took a short recess.\n"
        "The judge then turned to me. “Mr. D’Souza?” I had prepared a short statement to read.\n"
        "“Your Honor,” I said, “I would like to try to answer the question you raised.”\n"
        "From STEALING AMERICA by Dinesh D’Souza. Copyright © 2015 by Dinesh D’Souza.\n"
    ) == ["Berman", "Dinesh D’Souza", "Dinesh D’Souza"]
    assert _speakers(
        "Donald Trump leads the field.\n"
        'Trump also embraced enhanced interrogation techniques -- "I think waterboarding is peanuts '
        "compared to what they'd do to us.\"\n"
    ) == ["Donald Trump"]
    account = (
        "Marco Rubio and Ted Cruz traded blows.\n"
        "Rubio's campaign tweeted a YouTube.com video Thursday afternoon from an account called "
        '"Hypo-Cruz" that showed Cruz discussing his amendments to the bill, saying that one would '
        "prevent illegal immigrants from obtaining citizenship.\n"
    )
    assert _speakers(account) == []  # a name, said by no one


def test_batch_twenty_nine_rules_titles_that_are_no_epithet_and_claims() -> None:
    assert _speakers(
        "Donald Trump called upon Mayor Bill de Blasio to restart surveillance of mosques. De Blasio "
        "disbanded the unit in April 2014.\n"
        '"There is hatred like nobody has ever seen," the Republican presidential candidate said.\n'
    ) == ["Donald Trump"]
    assert _speakers(
        "Mayor Bill de Blasio spoke on the radio.\n"
        "De Blasio also repeated his claim that “profit-making” was the motivation for some companies.\n"
        "Donald Trump disagreed. Contrary to his claim that people would ''learn nothing,'' there would "
        "be a wealth of information.\n"
    ) == ["Bill de Blasio"]


def test_batch_thirty_rules_interjected_pronouns_offices_and_bodies() -> None:
    assert _speakers(
        "''There's no way we can keep the promises we've made,'' said Leonard Burman of the Tax Policy "
        "Center. Proposals so far from the Democratic front-runner, Hillary Rodham Clinton, to raise "
        "taxes on capital gains, he added, amount to ''just kind of tinkering around the edges.''\n"
    ) == ["Leonard Burman", "Leonard Burman"]
    assert _speakers(
        "Congressman Trey Gowdy’s office slammed a lawsuit.\n"
        "Gowdy’s office assured the American people that all of the claims are false, and that "
        "Gowdy’s office will be “fully exonerated.”\n"
    ) == ["Gowdy’s office"]
    assert _speakers(
        "The Clinton campaign, in a Q&A on the e-mail controversy, worded it even more carefully: "
        "\"Clinton's practice was to email government officials on their accounts, so her work emails "
        'were immediately captured and preserved."\n'
    ) == ["the Clinton campaign"]


def test_batch_thirty_one_rules_participle_openings() -> None:
    assert _speakers(
        "Challenged by ABC News's Diane Sawyer on her speaking fees, Clinton said that her family "
        '"came out of the White House not only dead broke, but in debt."\n'
    ) == ["Clinton"]
    assert _speakers(
        "After the debate, Bernie Sanders said he would lay off Clinton.\n"
        "That's where author and liberal firebrand Cornel West took the conversation. Filling in for "
        "Sanders at the same event where Clinton and O'Malley appeared Sunday, West landed a sharp dig.\n"
        '"I took Wall Street money but it didn\'t affect me?" he said.\n'
    ) == ["Cornel West"]


def test_short_phrase_after_a_judging_or_speech_verb_is_the_subjects() -> None:
    """A few quoted words are a partial quote when the sentence's subject judges or reports with
    them, however far the verb is; a lone scare quote with no such subject stays out."""
    assert _speakers(
        "Donald Trump, in the middle of a three-day swing through Florida, hammered the media on "
        'Monday for its "phony polls" ahead of the vote.\n'
    ) == ["Donald Trump"]
    assert _speakers(
        "Russ Schriefer, an adviser to Mr. Romney's campaign, said Mr. Trump was engaging in the "
        '"wishful thinking" of a candidate cornered on the electoral map.\n'
    ) == ["Russ Schriefer"]
    assert _speakers(
        "Hillary Clinton spoke in Ohio on Monday.\n"
        'She has called for the establishment of a no-fly zone and "safe zones" on the ground.\n'
    ) == ["Hillary Clinton"]
    assert _speakers('The so-called "smart money" left the market early this year.\n') == []


def test_batch_thirty_two_rules_subjects_lists_and_owned_people() -> None:
    assert _speakers(
        'A defensive Obama said his critics "seem to think that if I was just more bellicose, that '
        'would make a difference."\n'
        "Nobody asked about the refugee rhetoric - so Obama, in need of a change of subject, brought "
        'it up himself. He called on leaders "not to feed that dark impulse inside of us."\n'
    ) == ["Obama", "Obama"]
    assert (
        _speakers(
            "At his news conference on Monday, Obama's first five questioners ranged from skeptical to "
            'hostile: "Is it time for your strategy to change?" . . . "Have you underestimated them?"\n'
        )
        == ["Obama's first five questioners"] * 2
    )
    assert _speakers(
        "The test originated in the mouth of Donald Trump, who proclaimed in July - falsely - that "
        'Christians fleeing Syria "cannot come into this country" at all.\n'
    ) == ["Donald Trump"]
    assert _speakers(
        "Louisiana Gov. Bobby Jindal on Monday signed an order, while Mike Huckabee, the former "
        'Arkansas governor, proposed we "wake up and smell the falafel" and said Ryan should resign.\n'
    ) == ["Mike Huckabee"]
    assert _speakers(
        "Trump called Iowa Republican primary voters stupid.\n"
        'Republican candidate Lindsey Graham said that Carson is a "good, decent man," and said that '
        'Trump "melted down last night."\n'
    ) == ["Lindsey Graham", "Lindsey Graham"]
    assert _speakers(
        'Tapper told O\'Connor that the WikiLeaks news was "very, very troubling," before noting that '
        'Brazile is "a good person."\n'
    ) == ["Tapper", "Tapper"]
    assert _speakers(
        "Matthew Soerens is a spokesman for World Relief.\n"
        "Soerens argued that:\n"
        'l The situation here is "entirely different" than in Europe.\n'
        'l Most refugees are Muslim because "it\'s a mostly Muslim country."\n'
    ) == ["Matthew Soerens", "Matthew Soerens"]


def test_batch_thirty_three_rules_second_labels_and_a_next_sentences_source() -> None:
    assert _speakers(
        "Jeb Bush and Hillary Clinton, among others, reject the term containment.\n"
        'Clinton: "Our goal is not to deter or contain ISIS, but to defeat and destroy ISIS." Bush: '
        '"The mission is to destroy ISIS -- not to contain it."\n'
    ) == ["Hillary Clinton", "Jeb Bush"]
    assert _speakers(
        "Huma Abedin emailed the then secretary of state, Hillary Clinton, about the soldiers. "
        "Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?” Dalton Brody is a gifts "
        "store, according to its website.\n"
    ) == ["Hillary Clinton"]
    assert _speakers(
        "Michele Shenefield doesn't like either candidate.\n"
        '"I don\'t want to use the word cronies," she says. Of Clinton: "I just don\'t believe a word '
        'she says."\n'
    ) == ["Michele Shenefield", "Michele Shenefield"]


def test_batch_thirty_four_rules_fuller_names_descriptions_and_whose_words() -> None:
    text = (
        '"Loans are fine when the venture is good," said Lucia Ibarra Soto, the president of the bank.\n'
        '"We have many failed ventures," Ms. Ibarra said.\n'
    )
    assert _speakers(text) == ["Lucia Ibarra Soto", "Lucia Ibarra Soto"]
    roles = [q.role for q in extract_quotes(
        '"Neither one helped himself," said Ari Fleischer, press secretary to George W. Bush, who was there.\n'
    )]  # fmt: skip
    assert roles == ["press secretary to George W. Bush"]
    assert _speakers(
        'A spokesman for the buyer said there was a commitment "to making this a showcase for the island."\n'
        '"I have never seen anything this complicated," said one person with knowledge of the talks.\n'
    ) == ["A spokesman for the buyer", "one person with knowledge of the talks"]
    assert _speakers(
        "Ben Carson read from a text. Eric Levine, a lawyer, listened.\n"
        "As for Carson’s reading of the names, Levine found relief in it. “I needed some carrots,” he said.\n"
    ) == ["Eric Levine"]
    assert _speakers(
        "Hillary Clinton testified for eleven hours. Clinton answered every question.\n"
        'A new super PAC ran ads in Iowa using her comments before the committee that "I was responsible '
        'for quite a bit" of the policy.\n'
        'Jeb Bush mocked Donald Trump\'s claim that "Mexico will pay for the wall" on Tuesday.\n'
    ) == ["Hillary Clinton", "Donald Trump"]
    assert _speakers(
        "Reporter Jomana Karadsheh says:\n"
        '"Roads were blocked off by military vehicles."\n'
        "Later, CNN reported that night that the attack was planned.\n"
        '"The hearing was closed but the congressman spoke to reporters afterwards.\n'
    ) == ["Jomana Karadsheh", "CNN"]


def test_batch_thirty_five_rules_datelines_party_tags_and_more_cues() -> None:
    assert _speakers(
        "WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s plan, Hillary Clinton’s right-hand "
        "woman rallied supporters, saying: “We have to be ready to stop him.”\n"
    ) == ["Hillary Clinton’s right-hand woman"]
    assert _speakers(
        "Donald Trump watched the speech.\n"
        "“What sport is he talking about? Is Obama profiling?” reacted Trump.\n"
        "On Monday, Trump groused to a crowd in Georgia that CNN “doesn’t treat me properly” before leaving.\n"
    ) == ["Donald Trump", "Donald Trump"]
    assert _speakers(
        "Sen. Marco Rubio, R-Fla., spoke after the speech, and Sen. Chuck Grassley (R-Iowa) did too.\n"
        'Nothing the president said "will assuage people\'s fears," the Florida senator said.\n'
        '"We will hold hearings on it," the Iowa Republican said.\n'
    ) == ["Marco Rubio", "Chuck Grassley"]


def test_batch_thirty_six_rules_documents_demonyms_and_whose_comments() -> None:
    assert _speakers(
        "Tom Fitton spoke about it.\n"
        "The email, released by Judicial Watch, was sent at 7:19 p.m. by Jeremy Bash.\n"
        "“I just tried you on the phone,” it reads.\n"
        "“They are spinning up as we speak,” it said.\n"
    ) == ["the email", "the email"]
    assert _speakers(
        "Arab Israeli lawmakers called on the government to block the visit.\n"
        "An Israeli official, speaking on the condition of anonymity to discuss the schedule, said "
        'Wednesday that Netanyahu "will meet with any candidate from any party."\n'
    ) == ["An Israeli official"]
    assert _speakers(
        "The email appears to contradict comments from former Secretary of Defense Leon Panetta that "
        "“time and distance prevented a more immediate response.”\n"
    ) == ["Leon Panetta"]
    assert _speakers(
        "In the hours after 14 people were killed in San Bernardino, Calif., a familiar voice celebrated "
        "the attacks on Twitter: “California, we have already arrived with our soldiers.”\n"
    ) == ["a familiar voice"]


def test_tripled_apostrophes_went_on_long_asides_and_that_was_how() -> None:
    assert _speakers(
        "Senator John McCain spoke on Tuesday.\n"
        "''I think voters will not be satisfied with 'We'll bomb them,''' said Senator John McCain of Arizona.\n"
    ) == ["John McCain"]
    assert _speakers(
        "Donald Trump spoke to Sirius XM.\n"
        '"I think we ought to start it up again, and we ought to start it up this morning," he went on.\n'
    ) == ["Donald Trump"]
    assert _speakers(
        '"These super PACs have been setting the table for voters," in sharp contrast to previous elections '
        "when campaigns took on that function, says Dante Scala, a political scientist.\n"
    ) == ["Dante Scala"]
    assert _speakers(
        '"You had a lot of people saying you should have combined a donkey with a rabbit."\n'
        "That was how Jeffrey Bewkes, the chief executive of Time Warner, once described the merger.\n"
    ) == ["Jeffrey Bewkes"]


def test_batch_thirty_seven_rules_groups_letters_calls_and_headlines() -> None:
    assert _speakers(
        "Gen. Wesley Clark spoke in July. Donald Trump spoke too. Most recently, Trump called to ban "
        "Muslims from entering the U.S. While Clinton has condemned the GOP candidate’s proposal, the groups "
        "who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages.”\n"
        "Clark’s comments further “the anti-Muslim mob mentality” fostered by Trump and other hopefuls, "
        "the groups say. They argue that Clinton should “lead by example.”\n"
        "Clark said in a statement Thursday that he regretted it.\n"
        "“Mr. Trump recently refused to say whether he would have created camps,” the letter says.\n"
    ) == ["the groups", "the groups", "the groups", "the letter"]
    assert _speakers(
        "Council Speaker Melissa Mark-Viverito led the rally against Donald Trump.\n"
        "Led by Council Speaker Melissa Mark-Viverito, the rally denounced Donald Trump’s call for "
        '"a total and complete shutdown of Muslims entering the United States."\n'
        "Sam Jacobs credited Merkel with holding “the entire continent together” through the crisis.\n"
    ) == ["Donald Trump", "Sam Jacobs"]
    assert (
        _speakers(
            'MOVING SHOP—"High-end contemporary art gallery opening across from Whitney Museum," by '
            "DNAinfo's Danielle Tcholakian: A high-end art gallery is relocating to a space across from the "
            "Whitney Museum. Cornerstone representatives said the relocation will draw Whitney visitors "
            "interested in perusing 'highbrow artwork' that they can buy.\" http://dnain.fo/1HTeElU.\n"
        )
        == []
    )


def test_batch_thirty_eight_rules_reported_subjects_prepositions_and_documents() -> None:
    assert _speakers(
        "Lena Marsh, a former aide who pushed for the treaty, said Okafor “saw that he could not win "
        "abroad without a credible plan at home.”\n"
    ) == ["Lena Marsh"]
    assert _speakers(
        "While Governor Ruth Adeyemi has warned against “a retreat from our principles” in the way the "
        "United Nations responds to critics, she has ordered a review of the program.\n"
    ) == ["Ruth Adeyemi"]
    assert _speakers(
        "Correction: A report on Friday about Daniel Moss, the founder of the charity, based on accounts "
        "from former staff, said that he had “spent donations on travel” for years.\n"
    ) == ["A report"]
    assert _speakers(
        "The survey found that 60 percent disapprove of Governor Okonkwo’s budget, and 70 percent said "
        "taxes are too high. The bias will stay, according to a post from Maria Velasquez.\n\n"
        "“We will cover the campaign as news, and its harm to the public debate as well,” she wrote.\n"
    ) == ["Maria Velasquez"]


def test_batch_thirty_nine_rule_a_papers_report_owns_its_words() -> None:
    assert _speakers(
        "Doubts about the mayor’s plan, together with a report in The Boston Globe last week about his "
        "office “losing control of the budget,” have spread among his allies.\n"
    ) == ["Boston Globe"]


def test_batch_forty_rules_unseen_characters_listeners_headlines_and_shows() -> None:
    assert _speakers(
        "Readers answered the governor’s post.\n\n"
        "\u200b”Thank you for standing up for us, we will not forget it!!” posted Mary Lou Ferris.\n"
    ) == ["Mary Lou Ferris"]
    assert _speakers(
        "Supporter Dana Whitfield told the senator that she drove from Ohio to ask him about visas. "
        "Senator Grace Okonjo backed the bill.\n\n"
        "“People like me have been badly hurt by this program,” she told Okonjo.\n"
    ) == ["Dana Whitfield"]
    assert _speakers(
        "Whitfield posted her reply under a headline that said, “The Senate Forgets The Workers.”\n"
    ) == ["a headline"]
    assert _speakers(
        "“We will not take more refugees,” Okonjo said on NBC’s “Sunday Morning With Ann Lee.”\n"
    ) == ["Okonjo"]
    assert _speakers("The video shows a vault while the narrator mentions “missing ballots” twice.\n") == [
        "the narrator"
    ]
    assert _speakers("A self-described “policy nerd,” Mr. Okonjo changed his plans in 2014.\n") == []


def test_batch_forty_one_rules_leaders_participle_openings_papers_and_resolutions() -> None:
    assert _speakers(
        "President Ana Kovalenko of Ukraine held her year-end news conference.\n\n"
        "“There is no doubt that the winter will be hard,” the Ukrainian leader said.\n"
    ) == ["Ana Kovalenko"]
    assert _speakers(
        "Senator Mark Dunne spoke on Friday.\n\n"
        "Using a blunt phrase to describe his rivals, he said perhaps they “wanted to sink the bill for sport.”\n"
    ) == ["Mark Dunne"]
    assert _speakers(
        "In one memo, the mayor discussed how he had thrown a draft into a “recycling bin,” the Globe reported.\n"
    ) == ["Globe"]
    assert _speakers(
        "The board voted 5-2 for the resolution which said the county “rejects every plan to close the "
        "clinic this year.”\n"
    ) == ["the resolution"]


def test_batch_forty_two_rules_epithets_asides_and_owned_promises() -> None:
    assert _speakers(
        "Grace Holt spoke. Tom Reyes spoke too. Harry Dunn (D-Ore.) blasted Holt and praised Reyes. "
        "“It was a disgrace,” the Senate minority leader said.\n"
    ) == ["Harry Dunn"]
    assert _speakers(
        "Tom Reyes spoke. Mr. Reyes took on Grace Holt on Sunday after the Democratic front-runner had "
        "said that he was ''the best recruiter for the other side.''\n"
    ) == ["Grace Holt"]
    assert _speakers(
        "Tom Reyes spoke. On the topic of another rival, Mr. Vance, Mr. Reyes was pressed on why he had "
        "said it was ''a great honor'' to be praised.\n"
    ) == ["Tom Reyes"]
    assert _speakers(
        "Tom Reyes spoke. The issue came up after Mr. Reyes, asked about the closures, had said, "
        "''I think our city does plenty of that too.''\n"
    ) == ["Tom Reyes"]
    assert _speakers(
        "Grace Holt spoke. Ana Ruiz, a nurse who advised Holt on the plan, said it has been a success "
        "“by any measure you like.”\n"
    ) == ["Ana Ruiz"]
    assert _speakers(
        'Grace Holt spoke. It is the pull of Holt\'s "if you like your doctor, you keep your doctor" promise.\n'
    ) == ["Grace Holt"]
    assert (
        _speakers(
            "Lee, who starred in “Night Shift” and “Guardians of the Night,” posted the clip on Thursday.\n"
        )
        == []
    )


def test_batch_forty_three_rules_countries_titles_reported_cues_and_sentence_end_cues() -> None:
    assert _speakers(
        "“When China announced its plan in Kenya, it was met with a lot of skepticism,” said Alexander "
        "Gabuyev, head of a program at the Carnegie Center.\n\n"
        "Kenya's trade minister, Amos Otieno, plays down concerns. China may outnumber Kenya by 25 to 1, "
        "but its investment is welcome, he says.\n\n"
        "“Our policy is simple: we take the train,” he said in an interview.\n"
    ) == ["Alexander Gabuyev", "Amos Otieno"]
    assert _speakers(
        "Ann Lee spoke.\n\n“He just made it up,” she said during a call to NBC’s “Good Week.”\n"
    ) == ["Ann Lee"]
    assert _speakers(
        "Even as Mr. Hale has repeatedly said that he opposes ''troops on the ground'' in far-off places, "
        "his department continues to send advisers.\n"
    ) == ["Hale"]
    assert _speakers(
        "The timing was so odd that a spokesman for Maria Lopez could only quip: \"I guess New Year's Eve "
        'was booked."\n'
    ) == ["a spokesman for Maria Lopez"]
    assert _speakers(
        "Investment has grown, and the bank has used “soft power” in its dealings with the region, said "
        "Elena Markova, an economist at the university.\n"
    ) == ["Elena Markova"]


def test_confirmation_block_rules_appositive_names_and_words_that_are_no_people() -> None:
    """From the errors of the confirmation block (PolNeAR batches 44 to 46), in invented words."""
    assert _speakers(
        '"He never wanted the shop," said his oldest friend from school, Tom Varga, who, like others, '
        "remembered him that way.\n"
    ) == ["Tom Varga"]
    assert _speakers('"Bring the maps," another club member, Rita Oyelaran, recalled him saying.\n') == [
        "Rita Oyelaran"
    ]
    assert _speakers(
        "Strong comments are earning some posters a fine. A 30-year-old Munich woman, meanwhile, was fined after "
        'she posted a photo. "Out now!" she wrote.\n'
    ) == ["A 30-year-old Munich woman"]
    assert _speakers(
        'In a letter, Walter Ames said the deal was business. "It was my duty," he wrote.\n\n'
        "He said he did not recall whether they had stayed at the club in Palm Beach. "
        '"If they did, they have taste," he added.\n'
    ) == ["Walter Ames", "Walter Ames"]
    assert (
        _speakers(
            "Sen. Laura Birch answered first.\n\n"
            '"This is a failure," the Ohio senator and Republican candidate said in a statement.\n\n'
            '"Weakness invites this," experts at the Institute for Peace and International Security wrote.\n'
        )[0]
        == "Laura Birch"
    )


def test_a_given_name_used_alone_is_the_full_name_it_begins() -> None:
    """A story that calls a man by his given name beside a brother of the same surname ("Donald" for
    Donald J. Trump, beside Freddy): the given name, said alone, is his fullest name."""
    assert _speakers(
        "Walter K. Ames met his older brother, Freddy, for dinner.\n\n"
        '"I was too young; I did not see it," Walter said.\n'
    ) == ["Walter K. Ames"]


def test_a_subject_described_then_named_before_a_participle_cue() -> None:
    assert _speakers(
        "In early May, the company’s Ohio sales director, Dana Whitfield, wrote to the board, adding in a "
        "memo: “We need this now.”\n"
    ) == ["Dana Whitfield"]


def test_a_when_or_while_clause_is_not_the_sentence_subject() -> None:
    assert _speakers(
        "When Dan Hale had trouble joining a golf club, Tom Ross boasted about it.\n\n"
        '"He is a fine golfer," he said.\n'
    ) == ["Tom Ross"]
    assert _speakers(
        "While Tom Ross praised Dan Hale on the radio, he also said a day earlier, "
        '"If he catches on, we will fight."\n'
    ) == ["Tom Ross"]


def test_a_dashed_aside_is_not_where_the_subject_is() -> None:
    assert _speakers(
        "Mary Ames used a private server.\n\n"
        'In May 2013 - four months after Ames left office - the State Department told the group that "no '
        'records were located."\n'
    ) == ["State Department"]
    assert _speakers(  # (the scorer reads the last word: Ross)
        'A former candidate -- Tom Ross, who lost in 2008 -- said the plan "offered no changes."\n'
    ) == ["A former candidate -- Tom Ross"]


def test_a_where_clause_subject_with_a_party_tag_is_the_speaker() -> None:
    assert _speakers(
        "The furor extended to the statehouse, where Senate Minority Leader Ann B. Cole (D-Ore.) told "
        'reporters that she had spoken to Tom Hale and that "I think a pause is coming."\n'
    ) == ["Ann B. Cole"]


def test_a_hyphenated_head_noun_keeps_a_description_whole_and_groups_are_no_names() -> None:
    assert _speakers(
        "It was Tom Ross who drew the crowds. On Sunday, the GOP front-runner said his rival "
        '"caused tremendous harm" in office.\n'
    ) == ["Tom Ross"]
    assert "Latinos Feel" not in _speakers(
        "Why History Makes Latinos Feel “Unseen.”\n\nIn a talk about his show, the actor spoke at length. "
        "“Just imagine it,” he said.\n"
    )


def test_a_show_title_after_told_a_network_is_no_quote() -> None:
    quotes = extract_quotes(
        '"We are worried," the senator told NBC\'s "Morning Hour Today." "It is serious."\n'
    )
    assert [q.quote for q in quotes] == ["We are worried,", "It is serious."]


def test_a_name_after_whom_they_work_for_and_their_role_said_it() -> None:
    assert _speakers(
        "Tom Ross toured the plant on Monday.\n\n"
        'Ross spokesman Dan Hale said the tour showed that Ross has "a plan for every town," he said.\n'
    ) == ["Dan Hale"]


def test_someone_quoted_as_saying_before_the_quote_is_the_speaker() -> None:
    assert _speakers(
        "Gov. Ann Lee spoke in Salem on Monday, and Tom Ross, head of a farm group, posted as she spoke.\n\n"
        "An early post quoted the governor as saying “We will act now to help farmers.”\n\n"
        "One report quoted Lee as saying “The state has the money for this.”\n"
    ) == ["Ann Lee", "Ann Lee"]


def test_the_president_is_the_one_person_titled_so_however_often_the_title_is_written() -> None:
    assert _speakers(
        "President Ann Lee spoke in Salem on Monday. President Lee also met farmers.\n\n"
        "Later, the president said, “We will act now to help farmers.”\n"
    ) == ["Ann Lee"]


def test_a_participle_cue_right_after_a_quote_goes_on_with_its_speaker() -> None:
    assert _speakers(
        "Sen. Tom Ross (D-Vt.) spoke in Salem on Monday.\n\n"
        'The senator from Vermont said the plan was "corrupt," noting that it is "very strange that a '
        'bank pays fines and its chief is paid so well."\n'
    ) == ["Tom Ross", "Tom Ross"]


def test_his_assumption_was_that_is_his_words() -> None:
    assert _speakers(
        "Ann Lee ran against Tom Ross in the spring.\n\n"
        'At the time, Tom Ross told a radio host that the plan had been "very good for us." His assumption, '
        'stated on the air, was that "as farmers learn more," they would join him.\n'
    ) == ["Tom Ross", "Tom Ross"]


def test_the_one_asked_answers_the_question_of_the_paragraph_before() -> None:
    assert _speakers(
        "Tom Ross, 74, released a letter from his doctor on Sunday.\n\n"
        "In an interview last week, the Courier's Dan Hale asked Ross whether questions about his age were "
        "fair game.\n\n"
        "“Sure it is. I feel fine and I work every day,” he said.\n"
    ) == ["Tom Ross"]
    assert _speakers(  # (the one who asks goes on asking)
        "Tom Ross, 74, released a letter from his doctor on Sunday.\n\n"
        "The Courier's Dan Hale asked Ross whether questions about his age were fair game.\n\n"
        "“Is it not a fair question?” he asked.\n"
    ) == ["Dan Hale"]


def test_a_cue_that_ends_the_sentence_after_a_relative_clause_is_the_quotes() -> None:
    assert _speakers(
        "Ann Lee won the governor's race in 2014.\n\n"
        "Lee, who spoke after the speech on Tuesday, is an “articulate leader” who has won two elections in "
        "the state, the editorial board writes. \"It's a sign of the party's troubles that some members "
        'denounced her because of where her parents came from."\n'
    ) == ["the editorial board", "the editorial board"]


def test_a_subject_described_then_named_in_apposition_is_the_later_he() -> None:
    assert _speakers(
        "Tom Ross leads the race in Iowa. Mr. Ross spoke on Sunday.\n\n"
        "One pastor supporting Mr. Ross, Dan Hale of Grace Church in Marion, said he had made many phone "
        "calls. He has made announcements at services since last month, he said.\n\n"
        "''Find your polling place and get there,'' he tells parishioners.\n"
    ) == ["Dan Hale"]


def test_people_described_as_saying_lend_it_to_no_name_before_them() -> None:
    assert _speakers(
        "Tom Ross leads the race in Iowa. Mr. Ross spoke on Sunday.\n\n"
        "Even in Iowa, it is premature to assume Mr. Ross has the race locked down, as some Ohio party leaders in "
        "the state have taken to saying. Senator Bill Kemp of Ohio is airing a new ad in the state, in which "
        "he declares, ''The purpose of our life is to serve.''\n"
    ) == ["Bill Kemp"]


def test_a_possessive_apostrophe_is_no_part_of_a_name_and_absent_opens_no_name() -> None:
    text = (
        'Tom Sanders\' plan would "end all the care we know," Ann Lee declared in an interview Thursday.\n\n'
        "Absent Sanders' own plan, which he has not introduced, Lee pointed to the nine times Sanders has "
        "laid out a plan.\n\n"
        '"It is a bit concerning to me because it would basically end all the care we know," she went on.\n\n'
        'Sanders said, "That is not what the plan does."\n'
    )
    assert _speakers(text) == ["Ann Lee", "Ann Lee", "Tom Sanders"]


def test_a_description_known_as_a_name_is_the_name_and_a_film_depicts_its_speaker() -> None:
    assert _speakers(
        '"There never was such an order," said the base chief known as Bob, speaking publicly for the first '
        'time. "At no time did I ever doubt the team."\n\n'
        'The movie shows Bob wanting to stay behind and depicts one of the guards asking, "For what, so more '
        'guys have to save you again?"\n'
    ) == ["Bob", "Bob", "one of the guards"]


def test_a_named_campaigns_official_is_unnamed_staff_not_the_candidate() -> None:
    assert _speakers(
        "When Ann Lee called Ross “the best recruiter,” she offered no proof. A Lee campaign official later "
        "walked back the comments, saying that Lee “didn’t have a particular video in mind.”\n"
    ) == ["Ann Lee", "a Lee campaign official"]


def test_an_arabic_article_joined_to_a_surname_keeps_the_name_whole() -> None:
    assert _speakers(
        "A clip of Tom Ross is featured in a new video released by a militant group.\n\n"
        "Before Ross's appearance, the cleric Omar al-Hadi, who was killed in 2011, speaks of the West.\n\n"
        "Footage of Al-Hadi again appears. “The West will eventually turn against you,” he says.\n"
    ) == ["Omar al-Hadi"]


def test_a_long_description_that_ends_on_a_role_and_a_name_is_the_name_and_lecturing_cues() -> None:
    assert _speakers(
        "Before the speech, the al Qaeda-linked Islamic extremist cleric Omar al-Hadi, who was killed in "
        "2011, is shown lecturing: “Brothers of the West, take heed and learn from the lessons of history.”\n"
    ) == ["Omar al-Hadi"]


def test_a_newsletter_item_has_a_run_in_heading_and_a_closing_credit() -> None:
    quotes = extract_quotes(
        "TOP STORIES.\n\n"
        "THE GOVERNOR’S LAST BUDGET “Governor Ann Lee’s final budget will try to frame the choice facing "
        "voters as they pick her successor.” Tune in tonight at 9 p.m. [AP.]\n\n"
        "LEE IS FEELING THE HEAT As the race tightens, Tom Ross said his rival is in “serious trouble.” [NYT.]\n\n"
        "HOW ‘MAKING THEM SMALLER’ CHANGES THE BUDGET “But critics see a very different future for the "
        "state and its schools.” [WaPo.]\n"
    )
    assert [(q.quote, q.speaker) for q in quotes] == [
        (
            "Governor Ann Lee’s final budget will try to frame the choice facing voters as they pick her "
            "successor.",
            "AP",
        ),
        ("serious trouble.", "Tom Ross"),
        ("But critics see a very different future for the state and its schools.", "The Washington Post"),
    ]


def test_a_name_that_ends_a_cue_after_an_aside_is_the_speaker() -> None:
    assert _speakers(
        "Tom Ross leads the Media Center.\n\n"
        "“[The current situation] is reminiscent of the 1960s, going into the 1970s,” the dawn of the modern "
        "movement, Ross says.\n"
    ) == ["Tom Ross"]


def test_a_participle_after_a_described_speaker_is_no_part_of_the_description() -> None:
    assert _speakers(
        "Another intelligence source speaking to Fox News said, “The agents are looking at the donations.”\n"
    ) == ["Another intelligence source"]


def test_a_closing_cue_ending_the_sentence_before_a_quote_names_its_speaker() -> None:
    assert _speakers(
        'Other spots matter. Or maybe Jeb Hale, digital consultant Phil Moss says. "Several surveys suggest '
        'a second look is occurring for Jeb in New Hampshire."\n'
    ) == ["Phil Moss"]


def test_an_interjected_cue_makes_its_name_the_later_he() -> None:
    assert _speakers(
        "Ted Ross is racing across the state.\n\n"
        "The good news for Ross, Woolson said, is that as the co-front-runner, he is almost guaranteed to "
        "attract a media horde. “He'll still get coverage,” he said.\n"
    ) == ["Woolson"]


def test_a_paragraph_ending_as_a_website_notes_announces_the_quote_after_it() -> None:
    assert _speakers(
        "Tom Ross says he backs the plan. “It is right for us,” Ross says.\n\n"
        "It would be hard to overstate the plan's reach, as the Heritage Foundation website notes:\n\n"
        '"In the fall of 1960, some 90 young people met at a home in Sharon, where they founded a group.\n\n'
        '"Among its principles are the following: free will comes from God."\n'
    ) == ["Tom Ross", "the Heritage Foundation website", "the Heritage Foundation website"]


def test_a_named_campaign_as_subject_is_the_campaign_not_the_candidate() -> None:
    assert _speakers(
        "On Thursday, Ann Lee went on national television and chastised the governor.\n\n"
        "Last week, the Lee campaign also called on the agency to conduct an “expedited review“ of the water "
        "system and said the state should set up a “health monitoring and surveillance system” for children.\n"
    ) == ["the Lee campaign", "the Lee campaign"]


def test_a_thing_ending_in_er_before_a_name_is_not_its_role() -> None:
    quotes = extract_quotes(
        "The records passed through the private mail server Mara Quintal used at the agency.\n\n"
        "“We did nothing wrong,” Quintal said.\n"
    )
    assert [(q.speaker, q.role) for q in quotes] == [("Mara Quintal", None)]


def test_a_sentence_opening_on_someones_position_does_not_make_them_its_subject() -> None:
    assert _speakers(
        "Rina Hale kept the files at home. She is locked in a close race with Sen. Bo Carr.\n\n"
        "Hale's position was backed Friday by Sen. Dana Pell of Ohio, the ranking member on the committee, "
        "who said none of the files began with Hale.\n\n"
        "“It has never made sense to me that Secretary Hale can be blamed for this,” she said in a statement.\n"
    ) == ["Dana Pell"]


def test_a_name_then_of_a_place_then_who_speaks_for_the_name() -> None:
    assert _speakers(
        "The inquiry gave fodder to candidates such as Sen. Tod Brill of Nevada, who mused in the debate "
        "that Hale was “unfit to lead” because she kept files at home.\n"
    ) == ["Tod Brill"]


def test_a_year_cut_to_two_digits_after_an_opening_mark_opens_no_quote() -> None:
    assert _speakers(
        "Rep. Hal Dunn said in ‘08 that the early support threw old assumptions into doubt. “I do sense "
        "that people are aware of it,” he said. “It does away with the ‘blame game’ and all of that,” he said.\n"
    ) == ["Hal Dunn", "Hal Dunn"]


def test_a_candidates_consultant_named_after_the_candidate_is_the_later_he() -> None:
    assert _speakers(
        "Ron Hale himself seemed to see the meaning of the win. “This was the moment,” he said.\n\n"
        "Hale consultant Carl Bebb, the top pollster, picked up a similar thread at the time. “Voters are "
        "beginning to see it,” he said.\n"
    ) == ["Ron Hale", "Carl Bebb"]


def test_with_someone_doing_one_thing_and_asking_gives_the_question_to_them() -> None:
    assert _speakers(
        "Rina Hale kept the files at home.\n\n"
        'Republicans were quick to chime in, with Tom Reed tweeting that it was a "mess" for Hale and '
        'asking, "How can someone with such bad judgement lead us?"\n'
    ) == ["Tom Reed", "Tom Reed"]


def test_in_it_is_so_that_someone_did_the_someone_is_the_subject() -> None:
    assert _speakers(
        "Nurses Together, the group tied to the largest union of nurses, has spent $1 million on rallies "
        "for Reed. It’s become such a presence on the trail that Reed during a Sunday thanked its members "
        "“for their support in my campaign” and called Nurses Together “one of the sponsors of my campaign.”\n"
    ) == ["Reed", "Reed"]


def test_and_asking_after_a_quote_goes_on_with_the_one_who_gave_it() -> None:
    assert _speakers(
        "Rina Hale kept the files at home.\n\n"
        "Republicans were quick to chime in, with Tom Reed writing that it was a “mess” for Hale and then "
        "asking, “How can someone with such bad judgement lead us?”\n"
    ) == ["Tom Reed", "Tom Reed"]


def test_an_epithet_opening_a_paragraph_is_the_one_the_paragraph_before_opened_on() -> None:
    assert _speakers(
        "Kay Orban won the Dale County straw poll, and Tom Reed came second.\n\n"
        "Lana Brill, who is third in many county polls, stressed roads and schools during a stop with "
        "Sen. Ed Moss.\n\n"
        "The Ohio senator told reporters she feels good, and “we will see what it means next week.”\n"
    ) == ["Lana Brill"]


def test_a_photo_credit_line_opens_on_no_one() -> None:
    assert _speakers(
        "Kay Orban spoke for an hour in Dale County. Orban was cheered, and Ed Moss, her rival, left early. "
        "Moss said nothing. “We are here,” Orban said.\n\n"
        "Tom Reed via Wire Images.\n\n"
        "“We came to win,” the 43-year-old said.\n"
    ) == ["Kay Orban", "the 43-year-old"]  # (not the photographer; whom the epithet means is left open)


def test_a_state_demonym_epithet_is_the_person_whose_role_names_the_state() -> None:
    assert _speakers(
        "Former Ohio Gov. Dan Reed backed Sen. Kay Orban for president on Sunday.\n\n"
        "Do you support Kay Orban? Tell us below.\n\n"
        "The former governor, who left the race in May, said voters want something new. “Good governors "
        "are not enough this year,” the Ohioan said.\n"
    ) == ["Dan Reed"]


def test_a_radio_host_called_the_radioman_is_the_host() -> None:
    assert _speakers(
        "Ed Moss backed Kay Orban on Tuesday. In a post after the rally, radio host Dan Reed wrote: “I could "
        "not disagree more.”\n\n"
        "The radioman pointed out that Moss once favoured “big budgets and bigger bailouts.”\n"
    ) == ["Dan Reed", "Dan Reed"]


def test_a_quote_paragraph_credited_by_a_dash_line_under_it_is_the_credited_ones() -> None:
    assert _speakers(
        "The debate pitted Senator Tom Reed against Governor Kay Orban. Here are some claims.\n\n"
        '"Almost all new income is going to the top 1 percent."\n\n'
        "- Tom Reed.\n\n"
        "The senator relies on old data, and an economist, Ed Moss, disagrees. "
        '"The recovery looks less lopsided now," Moss said.\n\n'
        '"I will look into it. I do not know the status."\n\n'
        "- Kay Orban.\n\n"
        "Orban has been looking into it a long time.\n\n"
        '"Big firms pay zero taxes."\n\n'
        "- Reed.\n"
    ) == ["Tom Reed", "Ed Moss", "Kay Orban", "Tom Reed"]


def test_a_newsletter_items_author_before_the_colon_beats_the_outlet_credited_after() -> None:
    assert _speakers(
        "POLLS NOT WRONG, JUST EARLY - Kay Orban and Tom Reed: “The polls did not fail. They ended too "
        "early, and the late shift was large.” [DailyPost.]\n\n"
        "Signs were there all along - More from Orban and Reed: “The share of late deciders jumped in "
        "the final week of the race.” [DailyPost.]\n\n"
        "STATES LEAN RED - Ed Moss: “Twenty states lean one way and fourteen the other this year.”\n\n"
        "“The mood in the state has shifted for good.” [DailyPost.]\n"
    ) == ["Kay Orban and Tom Reed", "Kay Orban and Tom Reed", "Ed Moss", "DailyPost"]


def test_a_pronoun_after_the_last_comma_of_a_cue_is_the_subject() -> None:
    assert _speakers(
        "Dan Reed, who leads the council, spoke on Monday.\n\n"
        "''Most of the cost of the code comes from efforts to measure'' income, he said, rather than from "
        "the deductions.\n"
    ) == ["Dan Reed"]


def test_a_participle_opening_a_sentence_is_no_subject() -> None:
    assert _speakers(
        "Tom Reed spoke in Ames on Friday.\n\n"
        "Continuing to explain his view, Reed rejected the notion that the episode was over, saying that "
        'if he "found something that was rotten, I would fix it."\n'
    ) == ["Tom Reed"]


def test_a_capitalised_group_then_member_then_a_name_is_the_named_member() -> None:
    assert _speakers(
        "The band will play a benefit concert on Friday.\n\n"
        'Band member Zed shared the news online, writing "Feels great to support someone I believe in."\n'
    ) == ["Zed"]


def test_she_after_she_said_in_the_same_paragraph_is_the_last_speaker_not_an_object_named_between() -> None:
    assert _speakers(
        "Mary Hale, 68, has been a friend of Kay Orban since school.\n\n"
        "“It has been part of my life,” Hale said.\n\n"
        "What upset her most, she said, was a town hall last week, when a young man asked Orban why young "
        "people did not like her and thought she was a liar. “I really got angry,” she said.\n"
    ) == ["Mary Hale", "Mary Hale"]


def test_an_object_named_before_an_epithet_that_speaks_is_still_the_one_who_speaks() -> None:
    assert _speakers(
        "“He would be first by now,” Tom Reed added.\n\n"
        "When the paper asked Dan Moss about the remarks, the campaign manager said he needed to speak to "
        "the candidate first. “Why don’t I call you back,” he told the paper.\n"
    ) == ["Tom Reed", "Dan Moss"]


def test_a_name_after_to_insinuate_that_has_its_own_verb_is_that_clauses_subject() -> None:
    assert _speakers(
        "Ed Moss spoke in Ames on Sunday.\n\n"
        "The Reed campaign picked up a tweet that appeared to insinuate Moss was dropping out.\n\n"
        "“Is this what we accept now?” he told the show.\n"
    ) == ["Ed Moss"]


def test_the_senator_is_this_paragraphs_subject_before_the_one_senator_titled_elsewhere() -> None:
    assert _speakers(
        "In the other race, Sen. Tom Reed kept his lead over Kay Orban.\n\n"
        "Dan Moss sought to lift spirits as he stopped by his office in Ames. Walking into the office to "
        "cheers, the senator said his campaign here was “closing really strong.”\n"
    ) == ["Dan Moss"]


def test_a_partial_quote_whose_sentence_ends_on_a_speaker_and_says_is_theirs() -> None:
    assert _speakers(
        "Dan Moss has been “arbitrarily held” by Ruritania since May, and should be freed and paid, the "
        "rights group says.\n\n"
        "Tom Reed had been “held without cause” by the police since June, and should go free, Kay Orban said.\n"
    ) == ["the rights group", "Kay Orban"]


def test_a_participle_cue_after_a_scare_quote_has_the_sentences_subject() -> None:
    assert (
        _speakers(
            "Mr. Reed, in an interview on Friday, spoke of his rivals.\n\n"
            "On Friday, he joined others in pouncing on news that the server had held papers later deemed "
            "''top secret,'' saying in a post on Twitter: ''The new release is a disaster for Kay Orban.''\n"
        )[-1]
        == "Reed"
    )


def test_she_said_after_a_woman_introduced_only_by_a_given_name_is_hers() -> None:
    assert _speakers(
        "Tom Reed spoke at the rally in Ames.\n\n"
        "The woman who shouted identified herself to the paper as a 40-year-old Ames resident named Mirela.\n\n"
        "“He truly listens to us,” she said of Reed.\n\n"
        "“It just came out,” she said.\n"
    ) == ["Mirela", "Mirela"]


def test_shot_back_is_a_cue() -> None:
    assert _speakers("“They are all here for the free stuff,” Dan Moss shot back with a laugh.\n") == [
        "Dan Moss"
    ]


def test_it_after_a_document_spoke_in_the_paragraph_is_the_document_not_a_cut_campaign_name() -> None:
    assert _speakers(
        "The Reed campaign sent a fundraising email Wednesday saying the race is down to two men.\n\n"
        "“Friend, let me be blunt. I can win,” the email read. It stated that Moss is so rattled by Reed's "
        "“rise in the polls” that he has gone negative.\n"
    ) == ["the email", "the email"]


def test_the_company_is_the_organisation_this_paragraph_opened_on() -> None:
    assert _speakers(
        "Moss Media Group has its own rules, Kay Orban said.\n\n"
        "Plinkr acknowledged that the issue remained tricky. “We have always sought to strike a balance "
        "between safety and speech,” the company said.\n"
    ) == ["Plinkr"]


def test_a_name_does_not_run_across_and_co_into_the_next_sentence() -> None:
    assert _speakers(
        "Reed left to work for the fund T.E. Moss & Co. Orban adviser Dan Plink took a job at Zapp a month "
        "before its senior vice president boasted of a plan to spend “a million dollars” on dirt.\n"
    ) != ["T.E. Moss & Co. Orban"]


def test_he_said_after_but_name_was_not_having_it_is_that_name() -> None:
    assert _speakers(
        "Tom Reed and Dan Moss debated on Saturday.\n\n"
        "“We should dispel the fiction that the mayor is lost,” said Reed.\n\n"
        "The moderators were ready to move on, but Moss wasn't having it.\n\n"
        "“You see, everybody, this is what the capital does,” he said.\n"
    ) == ["Tom Reed", "Dan Moss"]


def test_a_partial_quote_after_an_interjected_cue_is_the_interjected_speakers() -> None:
    assert _speakers(
        "Tom Reed was asked to name one thing he had passed. He ducked.\n\n"
        "Mayor Dan Moss, Reed said, had been in office for “a thousand years” and passed “hundreds of bills.”\n"
    ) == ["Tom Reed", "Tom Reed"]


def test_a_description_ends_before_an_irregular_past_verb() -> None:
    assert _speakers(
        "Dan Moss has traded his usual rallies for a town hall.\n\n"
        "The billionaire developer began by talking about the town’s water, saying that a new well is "
        "now “cheaper than bottled water.”\n"
    ) == ["Dan Moss"]


def test_a_prepositional_opening_is_no_subject_of_a_participle_cue() -> None:
    assert _speakers(
        "Kay Orban spoke in Ames.\n\n"
        "Alongside PLG calls for action, even a top party strategist said Orban will have to choose a "
        "side, saying, “At some point, she is going to have to come out on where she stands.”\n"
    ) == ["a top party strategist"]


def test_he_said_after_a_new_subject_that_follows_the_paragraphs_last_quote_is_that_subject() -> None:
    assert _speakers(
        "Judge Sam Reyes heard the case. Lawyer Tom Reed defended Dan Moss.\n\n"
        "Reed argued that his client was no threat: his words were those of a “shock jock.” "
        "Reyes saw them differently: “When he says he will fight, I believe him,” he said.\n"
    ) == ["Tom Reed", "Sam Reyes"]


def test_a_subject_inside_the_last_quotes_own_sentence_does_not_take_the_next_quote() -> None:
    assert _speakers(
        "Dan Moss told the forum he was “totally against the war” because it destabilized the Middle "
        "East. “I have good judgment,” he said.\n"
    ) == ["Dan Moss", "Dan Moss"]


def test_a_title_abbreviation_before_a_full_stop_is_no_name() -> None:
    assert _speakers(
        "Ohio Sen. Martha Quill says the plan is dead, and Idaho Sen. Paul Renner agrees.\n\n"
        "The Ohio senators said in a statement that she welcomed the vote. She says she is proud of "
        "the team and expects a “clean win in the spring.”\n"
    ) == ["Martha Quill"]


def test_an_owner_and_what_he_owns_are_no_name_and_a_role_word_makes_no_object() -> None:
    assert _speakers(
        "At a rally Monday, Gomez’s GOP primary rival Sen. Dana Whitcombe (R-Ore.) said Gomez is "
        "“unelectable now.”\n"
    ) == ["Dana Whitcombe"]


def test_a_place_and_a_title_are_no_name_and_a_full_stop_ends_a_run() -> None:
    from reader.core.quotes.people import index_people, people_in

    people = index_people(
        "Utah Secretary of State Lena Marsh spoke. Ruiz won Idaho and Utah. Ted Ruiz spoke later."
    )
    assert "secretary" not in people.full_names
    assert people_in("Idaho and Utah. Ted Ruiz", people) == ["Ted Ruiz"]


def test_a_live_blogs_timestamp_starts_a_new_entry_for_pronouns() -> None:
    assert _speakers(
        "9:30 p.m.\n\n"
        "Lt. Gov. Dale Ostrow says the senator is “standing tall” after the loss.\n\n"
        "Ostrow predicted a win in Texas.\n\n"
        "___.\n\n"
        "9:18 p.m.\n\n"
        "Ann Miller is thanking her supporters for a commanding finish.\n\n"
        "And she is predicting big wins in the races ahead.\n\n"
        "“Folks, let’s go, let’s have a big win in Nevada,” she tells hundreds of supporters.\n"
    ) == ["Dale Ostrow", "Ann Miller"]


def test_a_name_and_a_past_verb_after_a_quote_are_its_cue_whatever_the_verb() -> None:
    assert _speakers(
        "Dan Moss sat with the host, Lee Varga, on Monday.\n\n"
        "“Would it be negotiable about the new tax?” Varga pressed. “Maybe for some people?”\n\n"
        "“I would say this,” Moss answered.\n"
    ) == ["Lee Varga", "Lee Varga", "Dan Moss"]


def test_a_former_employers_role_then_a_name_is_the_name() -> None:
    assert _speakers(
        "“These are hard days for us,” former Anna B. Kowal speechwriter Rui Tavano wrote in a column. "
        "He wrote that Pell “has built the nearest thing to a guild.”\n\n"
        "Harbor Gazette columnist Mina Orr stated that the vote was “a dull affair” and the mayor "
        "“did well, because it was a real debate.”\n"
    ) == ["Rui Tavano", "Rui Tavano", "Mina Orr", "Mina Orr"]


def test_he_said_after_a_paragraph_ending_on_a_reply_is_the_one_who_replied() -> None:
    assert _speakers(
        "Mr. Pell tried to defend his remarks calling the council “decisive” when it closed the port, "
        "and Mr. Haskell forcefully differed.\n\n"
        "“I think the council failed those workers,” he said.\n"
    ) == ["Pell", "Haskell"]


def test_as_for_a_person_makes_the_following_he_theirs() -> None:
    assert _speakers(
        "Omar Pell and Dean Haskell met in Tulsa on Thursday.\n\n"
        "Haskell warned against a split vote. “That would be a disaster,” the senator said.\n\n"
        "As for Pell, he said he’s not worried. “First of all, I will have the votes,” he said.\n"
    ) == ["Dean Haskell", "Omar Pell"]


def test_a_described_subject_before_an_irregular_past_verb_is_the_person_it_describes() -> None:
    assert _speakers(
        "Omar Pell spoke over boos as he ended his bid in Tulsa.\n\n"
        "The Oklahoma senator sought to calm his supporters, saying the heckler would “not get hurt” "
        "at his rally.\n"
    ) == ["Omar Pell"]


def test_he_in_a_sentence_that_opened_on_he_is_not_a_name_inside_it() -> None:
    assert _speakers(
        "Dean Haskell stared into the two screens before him.\n\n"
        "“I did not come here to pander,” Haskell said.\n\n"
        "He lambasted the trade deal negotiated by President Oakes, who he noted was “in his final "
        "year.” He pledged to move the embassy to the “true capital of the republic.”\n\n"
        "But he did contradict Mr. Oakes's comments, made a day before, that the crisis had been "
        "“fully contained” by then.\n"
    ) == ["Dean Haskell", "Dean Haskell", "Dean Haskell", "Oakes"]


def test_a_cue_in_a_when_clause_is_its_own_subjects() -> None:
    assert _speakers(
        "The unease about Pell's effect on other races was underscored Wednesday when House Speaker "
        "Dana R. Whit of Ohio lamented the “sorry” state of the campaign and criticized the "
        "“tribal politics” on display in the race.\n"
    ) == ["Dana R. Whit", "Dana R. Whit"]


def test_a_place_is_no_name_a_pronoun_can_stand_for() -> None:
    assert _speakers(
        "Jennifer Varkoni is one of the workers who heard the news on the floor.\n\n"
        "And when she saw Mr. Pell talking about Brandt on the news, she cheered. “I loved it,” she "
        "said.\n\n"
        "Outside Brandt's plant on Galeana Street, the mood was calm.\n\n"
        "Dean Hollis runs the company. Still he rejected the notion that pressure from Wall Street had "
        "prompted the move. “It was a really hard call,” he said.\n\n"
        "“My family were all welders,” she said across the street from the Ohio Statehouse.\n"
    ) == ["Jennifer Varkoni", "Dean Hollis", "Jennifer Varkoni"]


def test_a_pronoun_after_a_second_name_of_its_gender_gives_the_first_no_gender() -> None:
    from reader.core.quotes.people import index_people

    people = index_people(
        "Kit Tasker went on offense against front-runner Donald Pell on Monday, saying he would "
        "abdicate leadership in the region and he is a “bully”.\n\n"
        "Marta Lind met Jo Rask. She said hello.\n"
    )
    assert people.gender("Kit Tasker") is None  # the "he" is Pell's
    assert people.gender("Donald Pell") == "m"
    assert people.gender("Marta Lind") == "f"  # (Jo is no one gender's name: the "she" stays hers)
    assert index_people("Mr. Olds spoke first. Then Ms. Vane did.").gender("Olds") == "m"  # no full name


def test_a_cue_ending_in_a_colon_or_with_a_clause_of_its_own_is_not_the_quote_befores() -> None:
    assert _speakers(
        "At the camp, Omar Faleh, 25, and his wife, Lina Dorsey, 27, pleaded for understanding.\n\n"
        "“We are travellers,” Ms. Dorsey said. “We are not thieves.” Mr. Faleh said: “The storm is "
        "the work of nature.”\n\n"
        "“It is a sad day,” Kovac told reporters. “This has no place here.” Mayor Ivan Petrov said he "
        "would have fired the aide.\n"
    ) == ["Lina Dorsey", "Lina Dorsey", "Omar Faleh", "Kovac", "Kovac"]


def test_the_one_told_is_not_the_speaker_and_shouts_come_from_someone() -> None:
    assert _speakers(
        "Nina Varga, who was listed on the slate, told GAZETTE, “Of the three, I like Kovac best.”\n\n"
        "“Call the roll,” came shouts from the crowd, as the crowd booed.\n"
    ) == ["Nina Varga", "the crowd"]


def test_a_description_gives_way_to_the_name_it_calls_itself_or_its_epithet_names() -> None:
    assert _speakers(
        "The response was fast. “Whoever opens the gates has no place here!” wrote a man calling "
        "himself Paul Tamm.\n\n"
        "Billionaire team owner Mark Osric is sizing up the field. The investor took questions.\n\n"
        "“If a senator says you could get shot, that is worse,” the investor said.\n"
    ) == ["Paul Tamm", "Mark Osric"]


def test_a_lead_in_naming_whose_statement_follows_and_markup_values_are_not_speech() -> None:
    assert _speakers(
        'The site listed <tweet tweet-author="@pell" tweet-date="March 12, 2016">a post</tweet>.\n\n'
        "The bias shows in how the website rated this statement by Pell on June 11:\n\n"
        "“If you look at what is going on in this country, the rate is 59 percent.”\n"
    ) == ["Pell"]


def test_a_dateline_and_a_role_open_a_subject_and_a_participle_clause_names_no_she() -> None:
    assert _speakers(
        "New York (AFP) – Oscar-winning actress Susan Varden, star of cult classic “Thelma,” is not sure "
        "she can vote for Hillary Tasker over Donald Pell.\n\n"
        "“I think Bernard would probably encourage people,” she said.\n\n"
        "Asked about her own vote in the event that Tasker faces Republican frontrunner Pell, she "
        "replied: “I don’t know. I’m going to see what happens.”\n\n"
        "Former secretary of state Madeline Orbach, a Tasker supporter, fanned controversy over her "
        "remark that “there’s a special place in hell for women who don’t help each other.”\n"
    ) == ["Susan Varden", "Susan Varden", "Madeline Orbach"]


def test_followers_shout_and_chant_for_themselves_and_a_she_is_none_of_them() -> None:
    assert _speakers(
        "Hillary Tasker spoke at the college. The first incident came during her speech, when Vardo "
        "protesters interrupted her speech, shouting “she wins, we lose!”\n\n"
        "Tasker supporters responded with chants of “I’m with her” until Tasker herself spoke up.\n\n"
        "She then addressed the supporters again: “Here is what I regret. I regret they don’t want to "
        "listen.”\n"
    ) == ["Vardo protesters", "Tasker supporters", "Hillary Tasker"]


def test_a_writer_quoting_someone_one_name_with_a_who_clause_and_a_verb_of_mockery() -> None:
    quotes = extract_quotes(
        "Frank quotes former Carter adviser Alfred Kahn:\n"
        "“I’d love the Teamsters to be worse off. I’d love the automobile workers to be worse off.”\n\n"
        "In her speech, Shonda Rhimes declared the need for strong will: “Change the world,” she said.\n\n"
        "Meanwhile Rihanna, who was honored with the Rockstar award, spoke about self-love. “The minute "
        "you learn to love yourself, you would not want to be anyone else,” she said.\n\n"
        "For Jonathan Chait, the columnist is exposing a perverse logic. “The marketplace hasn’t failed "
        "the working class,” he mocks.\n"
    )
    assert [(quote.speaker, quote.role) for quote in quotes] == [
        ("Alfred Kahn", "former Carter adviser"),
        ("Shonda Rhimes", None),
        ("Rihanna", None),
        ("Jonathan Chait", None),
    ]


def test_the_speaker_of_a_reported_clause_a_named_body_and_what_someone_called_something() -> None:
    assert _speakers(
        "Drew Heiserman leads a caucus. The endorsement “was early enough that most people didn’t know "
        "who Bernard Vance was,” said Heiserman of the CORE Teachers.\n\n"
        "Dan Kritenbrink, senior director for Asian affairs, said he expects Obama, Abe, and Park to "
        "“clearly demonstrate their unity in our commitment to deter aggression.”\n\n"
        "He protected the delegates in 1976, in what Bay Buchanan, national treasurer for Ronald Rix’s "
        "campaign, called “hand-to-hand combat.”\n"
    ) == ["Drew Heiserman", "Dan Kritenbrink", "Bay Buchanan"]


def test_an_adverb_is_no_speaker_and_a_statement_speaks_for_whoever_issued_it() -> None:
    assert _speakers(
        "Miguel Sosa took over the embassy last year. Last year, he played down Pell’s comments as "
        "“just part of the primary campaign” and reportedly argued that attacking Pell would elevate "
        "him.\n\n"
        "On Thursday, Donald Pell announced that Manafort would play a role. In a statement, the "
        "business mogul announced that he would assign the work to Manafort.\n\n"
        "“Mr. Manafort will oversee all activities that pertain to the delegate process,” the statement "
        "said.\n"
    ) == ["Miguel Sosa", "Donald Pell"]


def test_a_participle_opening_names_no_subject_and_barking_is_speech() -> None:
    assert _speakers(
        "White House hopeful Donald Pell threw reporter Jorge Ravel out of a news conference.\n\n"
        "“Go back to Univista,” Pell barked and a guard escorted Ravel out.\n\n"
        "Horrified at the prospect of Pell becoming president, Ravel believes in journalism that "
        "“takes sides.”\n"
    ) == ["Donald Pell", "Jorge Ravel"]


def test_a_quote_right_after_saying_is_the_subjects_and_the_one_challenged_answers() -> None:
    assert _speakers(
        "Bernard Vance and Hillary Tasker stood face-to-face Thursday.\n\n"
        'Vance started out their ninth debate saying "of course" Tasker has the qualifications to be '
        "president -- having suggested in a recent speech that she is unqualified.\n\n"
        'When Vance accused Tasker of being too reliant on Wall Street, she said "I stood up against '
        'the behavior of the banks" for reckless financial transactions.\n'
    ) == ["Bernard Vance", "Hillary Tasker"]


def test_one_of_a_group_with_a_who_clause_and_a_story_by_an_outlet() -> None:
    assert _speakers(
        "Senior campaign advisers argue that Tasker will win. \"There won't be a path for Vance to "
        'succeed," said one of those advisers, who spoke on the condition of anonymity.\n\n'
        "Amid what the Daily Ledger called a “rough week” for Pell, and with polls showing rival Sen. "
        "Ted Corder, R-Texas, leading the race in Wisconsin, a story by the website Polidex says that "
        "“already more than a hundred delegates are poised to break with him.”\n"
    ) == ["one of those advisers", "Daily Ledger", "Polidex"]


def test_a_statement_is_the_organisation_s_that_confirmed_what_it_says() -> None:
    assert _speakers(
        "Kettle News confirmed that Kelby met with Pell.\n\n"
        "According to the statement, Kelby met with Pell to discuss plans for a special.\n\n"
        "“Chairman Roger Ailey has spoken to Donald Pell a few times about appearing on a special,” "
        "the statement read.\n"
    ) == ["Kettle News"]


def test_a_statement_speaks_for_its_owner_and_a_filing_for_whoever_filed_it() -> None:
    assert _speakers(
        "Donald Pell fired his manager, Corey Lund, on Monday.\n\n"
        "The campaign’s statement then declares “the matter is now concluded.”\n\n"
        "“Although there was probable cause to make an arrest, the case is closed,” according to a "
        "court document filed by state attorney Dave Arbogast.\n"
    ) == ["the campaign", "Dave Arbogast"]


def test_a_participle_goes_on_with_whoever_was_named_right_before_it() -> None:
    assert _speakers(
        "Paul Manfred runs the convention team. Donald Pell intends to soften his image, Mr. Manfred "
        "said, adding that he would also address the “gender gap.”\n\n"
        "“Is that the Bernard Vance campaign?” Hillary Tasker asks as a maintenance guy walks in front "
        "of her, saying he’s “here to fix the seven holes in your wall.”\n"
    ) == ["Paul Manfred", "Hillary Tasker", "a maintenance guy"]


def test_a_second_clause_and_a_partial_quote_are_the_sentence_subject_s() -> None:
    assert _speakers(
        "Bernard Vance is outlining policy proposals on jobs. He says he respects Tasker and calls her "
        "“an extremely intelligent woman with a wonderful resume.”\n\n"
        "Hillary Tasker is swinging hard at Vance. She is noting the “kind of problems” Vance had "
        "answering questions about breaking up big banks and saying he could not answer questions on "
        "foreign policy.\n"
    ) == ["Bernard Vance", "Hillary Tasker"]


def test_booming_is_speech_after_a_participle_opening_with_an_adverb() -> None:
    assert _speakers(
        "Smiling broadly throughout her victory speech, Mrs. Tasker drew cheers as she thanked her home "
        "state and then boomed, “Today, you proved once again, there’s no place like home.”\n"
    ) == ["Tasker"]


def test_a_pronoun_after_a_name_inside_someone_s_report_is_the_reporter_s() -> None:
    assert _speakers(
        "Jae Soong, 62, runs a dry cleaner in Queens. Soong said presidential candidate Hillary Tasker "
        "had said nothing about small shops. He said, “Nobody asks us what we need.”\n\n"
        "Tasker, for her part, spoke for an hour. She said, “I will fight for every family.” She added "
        "that she “will not give up.”\n"
    ) == ["Jae Soong", "Hillary Tasker", "Hillary Tasker"]


def test_a_group_named_last_and_a_building_are_no_one() -> None:
    from reader.core.quotes.people import index_people

    people = index_people(
        "Pell thanked Asian Americans and American Indians for their support at Pell Tower.\n"
    )
    assert "American Indians" not in people.full_names.values()
    assert "Pell Tower" not in people.full_names.values()


def test_a_surname_with_a_lower_case_particle_is_one_name() -> None:
    assert (
        _speakers(
            '"Europe is cracking," said Marieke in \'t Hout, a Dutch member of the European Parliament. '
            '"It is a risk."\n\n'
            "In 't Hout sees parallels with America.\n\n"
            '"I see the same populism," she told reporters.\n'
        )
        == ["Marieke in 't Hout"] * 3
    )


def test_a_president_named_after_the_body_and_a_hopeful_named_after_the_party() -> None:
    assert _speakers(
        '"We know the agency refused," Civic Watch president Tom Fenwick said Tuesday.\n\n'
        "In line with most voters, Republican Presidential hopeful Sen. Ted Corder was also critical of "
        'the deal, telling Radio London: "The deal is typical of this administration."\n\n'
        '"People are angry," said Chicago Alderman Jason C. Irwin, who thinks the mayor must listen.\n'
    ) == ["Tom Fenwick", "Ted Corder", "Jason C. Irwin"]


def test_a_he_goes_to_the_titled_subject_not_to_a_name_in_a_possessive_aside() -> None:
    assert _speakers(
        "That's more than you can say for others. Just look at House Speaker Paul D. Rayne. He's said "
        "he gets his ideas from a speech in Ayn Randle's novel. In 2010, he warned the Fed, because he "
        'thought it "risks higher inflation and a weaker currency."\n'
    ) == ["Paul D. Rayne"]


def test_a_kinship_noun_before_a_name_gives_its_gender() -> None:
    assert _speakers(
        "Hillary Tasker won the primary.\n\n"
        "Tasker hosted an event Monday, during which she gave a shout out to Vice President Joe Bidwell "
        "and his late son Beau Bidwell, the former Attorney General of Delaware.\n\n"
        '"I want to mention someone who is not here," she said.\n'
    ) == ["Hillary Tasker"]


def test_a_title_that_ends_its_sentence_ends_the_clause_before_the_next_subject() -> None:
    assert _speakers(
        "Donald Pell owns a jet.\n\n"
        "In the 1980s, he paid $8 million to buy a jet from a Texas company, Diamond Clover, according "
        "to his book ''The Art of the Sale.'' Mr. Pell said a smaller jet would have cost more.\n\n"
        "''It was more plane than I needed,'' he wrote.\n"
    ) == ["Donald Pell"]


def test_an_exclamation_is_no_title_and_someone_unnamed_can_exclaim() -> None:
    assert _speakers(
        '"Oh, my God," a young woman exclaimed upon seeing him.\n\n'
        '"Go Donald Pell, go!!!," party leader Matteo Salvo wrote on Facebook.\n'
    ) == ["a young woman", "Matteo Salvo"]


def test_a_junior_is_a_man_and_a_news_agency_named_before_what_it_is_speaks() -> None:
    assert _speakers(
        "Adm. Quillon B. Farrow Jr., the commander, met Dana Lentz on Monday.\n\n"
        '"We will keep sailing there," he said.\n\n'
        'Zorvana, the official Elbonian news agency, called him "a troublemaker" in a commentary.\n'
    ) == ["Quillon B. Farrow Jr", "Zorvana"]


def test_a_name_after_the_is_a_thing_not_a_person_to_resolve_a_pronoun_to() -> None:
    assert _speakers(
        "Voters boarded the Tramp Train in May.\n\n"
        'To wit, Tramp told Newsmax that Mitt Rooney "had a crazy policy of self-deportation."\n'
    ) == ["Tramp"]


def test_the_admiral_who_chuckled_speaks_on_in_the_next_paragraph() -> None:
    assert _speakers(
        "Adm. Harlan Voss has spent his career in the Pacific.\n\n"
        "The chairman, Gen. Joseph K. Danford Jr., recently asked Admiral Voss just that question. "
        "Asked later - war or not over the shoal - the admiral chuckled.\n\n"
        "''It is good that my voice is low,'' he said.\n"
    ) == ["Harlan Voss"]


def test_one_unnamed_insider_and_an_early_opening_are_no_names() -> None:
    assert _speakers(
        "One operative inside Dalmore Tower tried to play down the spat, saying, "
        '"not a big deal around here."\n\n'
        'Early in his campaign, Donald Pell called Mitt Rooney "a failed candidate."\n'
    ) == ["One operative inside Dalmore Tower", "Donald Pell"]


def test_a_chief_of_staff_named_after_a_long_owner_and_a_name_before_a_possessive_role() -> None:
    assert _speakers(
        "California Rep. Duncan Harker’s chief of staff, Joe Kaspar, predicted: "
        '"Eventually, positions are gonna soften."\n\n'
        'Ted Devlin, Sandler\'s chief strategist, said, "The contest will be decided by delegates."\n'
    ) == ["Joe Kaspar", "Ted Devlin"]


def test_an_age_between_two_adjectives_keeps_the_epithet_that_names_the_diplomat() -> None:
    assert _speakers(
        "Secretary-General Bo Kim-lan gave an interview before he leaves office.\n\n"
        '"From Day One, I made climate change the top priority," the bespectacled, 71-year-old '
        "diplomat said.\n"
    ) == ["Secretary-General Bo Kim-lan"]


def test_a_long_dashed_aside_hides_its_names_from_the_subject() -> None:
    assert _speakers(
        "MSNBC anchor Andrea Mitchel interviewed proud progressive Bernard Sandler. \n"
        "As Mitchel tried to discuss the challenges that fellow Democratic candidate Hilda Clayton has "
        "come up against — especially where misogynist rhetoric from Republican frontrunner Donald Pell "
        "is concerned — Sandler responded with a phrase that could have come from Pell himself: “Do not "
        "moan to me about Hilda Clayton’s problems.”\n"
    ) == ["Bernard Sandler"]


def test_an_appositive_inside_a_sentence_does_not_introduce_the_next_he() -> None:
    assert _speakers(
        "George Zimmerton is selling the gun he used to kill Travis Marten, an unarmed teenager, during "
        "a 2012 confrontation in Sanford, Florida.\n"
        "“I’m a free American,” he told Fox 35 in Orlando.\n"
    ) == ["George Zimmerton"]


def test_the_name_after_a_blanked_quote_is_the_cue_s_subject() -> None:
    assert _speakers(
        "Donald Pell and House Speaker Paul Rayne pledged to work together.\n\n"
        "Rep. Tom Colter of Oklahoma, an ally of GOP leadership, said Thursday his biggest worry about "
        "Pell is that he is “‘unpredictable.” Yet Pell is also a “change agent,” Colter said. “That’s "
        "exactly what people want right now.”\n\n"
        "“It seems to me they have every incentive to find common ground,” he said of Pell and Rayne.\n"
    ) == ["Tom Colter", "Tom Colter", "Tom Colter", "Tom Colter"]


def test_one_supporter_of_someone_is_not_that_someone() -> None:
    assert _speakers(
        "Sen. Bernard Sandler spoke in Kentucky.\n\n"
        '"Hillary doesn\'t even care anymore," wrote one Sandler supporter, tweeting a link.\n'
    ) == ["one Sandler supporter"]


def test_a_quote_after_but_goes_on_in_the_voice_of_the_quote_before() -> None:
    assert _speakers(
        "Rep. Lee Zeller of New York, a Pell supporter, said it will help both men.\n\n"
        "“I don’t think it’s do or die,” he said outside the building. But “Donald Pell’s candidacy is "
        "strengthened with an endorsement. It helps.”\n"
    ) == ["Lee Zeller", "Lee Zeller"]


def test_commanding_is_speaking_and_a_point_of_view_after_a_quote_is_its_owner() -> None:
    assert _speakers(
        'Bernard Sandler spoke Tuesday. He commanded the party to "do the right thing and open its doors '
        'to people who are prepared to fight."\n\n'
        "John Boltan spoke on radio.\n\n"
        "“This is not a circumstance where there’s one thing you can identify – it’s an across-the-board "
        "failure” from diplomacy to the defense budget, in Boltan’s view.\n"
    ) == ["Bernard Sandler", "John Boltan"]


def test_one_insider_of_someone_is_not_that_someone() -> None:
    assert _speakers(
        "Donald Pell met Paul Rayne on Thursday.\n\n"
        '"It\'s the nominee\'s party," one Pell campaign source said. "He gets to set the rules."\n\n'
        "“Pell is bigger than the party,” said one Pell confidant.\n\n"
        "“We are shocked, Ahmed was a friend to us,” one P&G Amiens employee told a television station.\n"
    ) == [
        "one Pell campaign source",
        "one Pell campaign source",
        "one Pell confidant",
        "one P&G Amiens employee",
    ]


def test_one_of_a_group_then_a_name_and_a_subject_before_an_infinitive_cue() -> None:
    assert _speakers(
        "Judge Gonzalo Curielo ruled on Friday.\n\n"
        "One of the university's top executives, Michael Saxton, testified that \"none of the professors "
        'at the live events" were handpicked.\n\n'
        'The judge pointed to a previous case to say that courts must weigh "whether a party benefitting '
        'from the order of confidentiality is a public entity or official."\n'
    ) == ["Michael Saxton", "Gonzalo Curielo"]


def test_a_month_that_is_a_given_name_starts_a_name_and_an_apposition_names_the_reporter() -> None:
    assert _speakers(
        "April Mellowby, a spokeswoman for the Democratic National Convention, said in a statement that "
        "the security team would work with the police ''to ensure the safety and security of all of our "
        "delegates.''\n\n"
        "After the meeting ended in mayhem when many potential Sandler delegates were deemed ineligible, "
        "Roberta Langer, the state party chairwoman, said she had received death threats.\n\n"
        "''The Sandler campaign helped incite everything that happened,'' she said.\n"
    ) == ["April Mellowby", "Roberta Langer"]


def test_said_and_added_goes_on_in_the_voice_of_the_subject_of_said() -> None:
    assert _speakers(
        "Marcel Lazaro pleaded guilty.\n\n"
        "In a wide-ranging, in-prison interview with journalist Matei Roscoe last year, Lazaro said he "
        'welcomed extradition and added, "I\'ll plead guilty, no problem."\n'
    ) == ["Marcel Lazaro"]


def test_a_video_someone_released_speaks_in_their_voice_and_a_projection_by_a_firm_is_the_firm_s() -> None:
    assert _speakers(
        "Donald Pell spoke.\n\n"
        'In selling the courses, Pell released a marketing video that said, "We are going to have '
        'professors that are absolutely terrific."\n\n'
        "A projection by the consulting firm Oxbridge Economics, prepared for the retailers, predicted "
        "that workers would ''see their hourly rates decreased by an equal amount.''\n"
    ) == ["Donald Pell", "the consulting firm Oxbridge Economics"]


def test_a_name_after_a_title_with_of_reports_and_a_later_she_is_hers() -> None:
    assert _speakers(
        "“We planned this for three years,” said Robin Dole, the committee’s director.\n\n"
        "That, Party Chief of Staff Mara Quill explained, is by design.\n\n"
        "“We have the advantage on the ground,” she said in an interview.\n"
    ) == ["Robin Dole", "Mara Quill"]


def test_a_pronoun_cue_after_a_name_set_off_by_commas_is_that_name_s() -> None:
    assert _speakers(
        "Dana Ruel runs the committee.\n\n"
        "The shift, Ruel explained, was the fruit of three years of work — an effort he says has "
        "given the party a “head start on the other side.”\n"
    ) == ["Dana Ruel"]


def test_a_quote_introduced_as_someone_s_words_is_theirs() -> None:
    assert _speakers(
        "As Michael Dunne said last week, “Lisbon is the center of the digital future.” The summit met "
        "there because, in Fortune’s words, “it is the most entrepreneurial place on the planet.”\n\n"
        "In the words of Ms. Ada Moll, “it was a long and painful night.”\n"
    ) == ["Michael Dunne", "Fortune", "Ada Moll"]


def test_a_kin_described_by_a_possessive_after_an_opening_clause_speaks() -> None:
    assert _speakers(
        "Dana Sorel spoke.\n\n"
        "As the crowd cheered Sorel in Fresno on Tuesday night, a reporter noted, his wife whispered to "
        "him: “They’re still with you.”\n"
    ) == ["his wife"]


def test_the_role_one_named_person_holds_is_that_person() -> None:
    assert _speakers(
        "Former state pollster Dana Schell was a guest on the show. Schell described a grim race.\n\n"
        "The former pollster said, “She is behind in a number of polls, and it is getting worse.”\n"
    ) == ["Dana Schell"]


def test_a_name_after_there_was_is_the_subject_a_next_he_said_means() -> None:
    assert _speakers(
        "Agustin Garza shook his head. Hillary Clayton spoke. “Do we have problems? Of course,” "
        "Clayton said.\n\n"
        "The workers roared with approval. Yet there in the back was Garza, the grocery store worker. "
        "He was not feeling it.\n\n"
        "“This - it is like a cheerleading contest,” he said.\n"
    ) == ["Hillary Clayton", "Agustin Garza"]


def test_an_unnamed_role_with_its_employer_after_an_opening_clause_speaks() -> None:
    assert _speakers(
        "Piet Thale backed the mayor.\n\n"
        "When Mr. Thale was revealed as a delegate, a columnist for the news site Pandar said he was "
        "“utterly ashamed” that Mr. Thale was an investor.\n\n"
        "In a series of posts, Mr. Fromm, a former speechwriter for the governor, wrote: “Can this "
        "untested novice cope with the demands of the job?”\n"
    ) == ["a columnist for the news site Pandar", "Fromm"]


def test_those_who_were_told_are_no_speakers_after_according_to() -> None:
    assert _speakers(
        "Dan Trent runs a school. According to the court-released Trent Academy handbook, its "
        'salespeople were told, "You do not sell products or solutions. You sell feelings."\n'
    ) == ["the court-released Trent Academy handbook"]


def test_said_per_a_translator_is_the_speaker_s_not_the_translator_s() -> None:
    assert _speakers(
        "Marek Lehman, the hacker known as Gucci, spoke from prison.\n\n"
        "Lehman said, per a translator, that the server was open and that it “was like an open orchid "
        "on the Internet, as many such servers are.”\n"
    ) == ["Marek Lehman"]


def test_a_source_familiar_with_something_is_whole_and_the_person_after_it_is_that_source() -> None:
    assert (
        _speakers(
            "Ted Crane spoke.\n\n"
            "Another source familiar with Crane’s thinking said, “I think he will try to be more friendly.” "
            "At the same time, the person added, “you saw the endorsements Rubin had, and it did not help.”\n"
        )
        == ["Another source familiar with Crane’s thinking"] * 2
    )


def test_quotes_from_comments_someone_made_are_theirs() -> None:
    assert _speakers(
        "Helen Carter attacked Tom Drummond.\n\n"
        "Carter’s attacks were echoed by Democrats, who highlighted comments Drummond made in 2006 saying "
        "he “sort of hopes” the housing bubble would burst because “people like me could make a lot of "
        "money.”\n"
    ) == ["Tom Drummond", "Tom Drummond"]


def test_an_organisation_named_after_whose_it_is_speaks_not_its_owner() -> None:
    assert _speakers(
        "Bernard Sand spoke.\n\n"
        'At the time, Sand’s hometown Burlington Daily Press wrote: "Sand said he held off supporting '
        'either of the candidates because he has made it a custom."\n'
    ) == ["Burlington Daily Press"]


def test_a_name_that_labels_something_as_a_quote_says_it() -> None:
    assert _speakers(
        "Kenneth Stark praised the former governor.\n\n"
        'Stark investigated the death of the deputy counsel, an incident Tremont brought up as "very '
        'fishy" in an interview on Monday. He apologized for what Tremont dismissed as "locker-room talk" '
        "at the debate.\n"
    ) == ["Tremont", "Tremont"]


def test_the_ones_told_after_a_partial_quote_listen_while_the_subject_speaks() -> None:
    assert _speakers(
        "Dana Whitlock has taken a swipe at her rival Marcus Velde, saying that “loud comments” do harm.\n\n"
        "Velde has hailed the country’s vote to leave the union as “splendid,” telling reporters during a "
        "visit to Lisbon on Friday that he thinks the exit is “a grand thing.”\n"
    ) == ["Dana Whitlock", "Marcus Velde", "Marcus Velde"]


def test_a_photo_credit_line_names_no_one_a_pronoun_can_reach() -> None:
    assert _speakers(
        "Leonard Fisk spoke to the families.\n\n"
        "Portland Ledger via Getty Images.\n\n"
        "He called the shooting “a cruel, senseless act.”\n"
    ) == ["Leonard Fisk"]


def test_a_described_person_named_with_their_firm_is_that_person() -> None:
    assert _speakers(
        "The court will rule in June.\n\n"
        "“The odds favour the state,” said another leading appeals lawyer, Harold T. Quimby of the law "
        "firm Hale Dorr.\n"
    ) == ["Harold T. Quimby"]


def test_the_author_is_the_one_person_who_wrote_a_book() -> None:
    assert _speakers(
        "Nora Pell Accused Of Cruelty In Fit Of Rage.\n\n"
        "Dwight Tolland, a former aide to Governor Nora Pell has written a book about her years in office.\n\n"
        "In an excerpt, the author wrote, “The governor had a temper.”\n"
    ) == ["Dwight Tolland"]


def test_a_surname_with_two_letters_swapped_is_the_person_so_named() -> None:
    assert _speakers("Dwight Tolland spoke.\n\nTollnad went on to say, “I know this to be true.”\n") == [
        "Dwight Tolland"
    ]


def test_names_in_a_gerund_subject_are_what_the_pronoun_speaks_of() -> None:
    assert _speakers(
        "Helen Morrow and Bernard Sandoval ran for the nomination.\n\n"
        "Priya Anand, a nurse from Hemet, is among those who say they will not back Morrow. She doesn’t "
        "think Morrow can address the issues that Sandoval raised.\n\n"
        "Choosing between Morrow and Sandoval is a “false choice, because it's a choice between Morrow and "
        "Tate at the very least,” she said.\n"
    ) == ["Priya Anand"]


def test_a_when_clause_inside_a_who_clause_leaves_the_subject_speaking() -> None:
    assert _speakers(
        "Labor Secretary Tomas Ferrer spoke. Martin Hale, the former chairman, agreed.\n\n"
        "Hale, who was mayor of Dunmore when Ferrer was on the council, said Ferrer could help mend "
        'Ruiz\'s "strained relationship" with many farmers.\n'
    ) == ["Martin Hale"]


def test_a_pronoun_after_an_unnamed_speaker_set_off_in_its_paragraph_is_that_speaker() -> None:
    assert _speakers(
        "Walter B. Crane, author of a book on pensions, pointed it out. Mr. Crane suggested a plan.\n\n"
        "Or you could do what a partner at Mr. Crane's old firm told him to do. He recommended an index "
        "firm.\n\n"
        "The answer, the partner told them, was simple. ''Just put your money in index funds,'' he said.\n"
    ) == ["the partner"]


def test_a_surname_missing_a_letter_is_the_person_so_named() -> None:
    assert _speakers(
        "State Senate President Owen Treadway spoke.\n\n"
        '"As a builder, he put a lot of people out of business," Treadwy said after an event.\n'
    ) == ["Owen Treadway"]


def test_a_title_a_collection_is_called_is_no_quote() -> None:
    assert (
        _speakers(
            "There is a collection from the cartoonist Lena Voss called ''Huge!: 30 Years of Drawing Mayors.''\n"
        )
        == []
    )


def test_a_title_followed_by_a_biography_is_no_quote() -> None:
    assert (
        _speakers("Marlow Press is set to publish ''Mayor Unmasked,'' a biography written by Ted Ross.\n")
        == []
    )


def test_a_show_on_a_network_with_a_bare_apostrophe_is_no_quote() -> None:
    assert _speakers(
        "Mayor Dana Fell backed her up in an interview last May on KFS' ''20 Questions.'' ''I don't think it "
        "posed a problem,'' he said.\n"
    ) == ["Dana Fell"]


def test_a_titled_name_with_a_party_tag_after_a_long_fronted_clause_speaks() -> None:
    assert _speakers(
        "Tuesday on the radio, while discussing a flyer from the nominee featuring a picture likened to "
        'the Lone Star, Speaker of the House Rep. Dale Huxley (R-WI) said "such images have no place here."\n'
    ) == ["Dale Huxley"]


def test_a_name_set_off_after_a_described_person_is_not_the_speaker() -> None:
    assert _speakers(
        "Marco Bellini, the editor in chief of the city's official newspaper, La Voce Romana, said every "
        "mayor was ''both civic and political.''\n"
    ) == ["Marco Bellini"]


def test_a_name_with_a_capitalised_adjective_in_its_appositive_speaks_on() -> None:
    assert _speakers(
        "''I think so,'' said Alan Crouse, a founding partner at a firm.\n\n"
        "''My bosses, whoever they have been, including Tim Ortega,'' Mr. Crouse, the Republican "
        "consultant, said, ''the top comment they get is 'I saw you on TV.'.''\n"
    ) == ["Alan Crouse", "Alan Crouse", "Alan Crouse"]


def test_the_subject_after_a_fronted_when_clause_is_the_main_clauses() -> None:
    assert _speakers(
        "Last month, when Ann Gorse asked Walt Penner if he would ever back the levy, he looked into "
        'the camera, frowned and said, "I am going to back you!"\n'
    ) == ["Walt Penner"]


def test_a_he_after_a_first_person_partial_quote_is_not_the_writer() -> None:
    assert (
        _speakers(
            'When I asked Walt Penner about the levy, he said, "I am going to back you!"\n\n'
            'I told Penner that his "promise" of support had been printed. It drew letters.\n\n'
            '"I have ruined your good name, huh?" he replied.\n'
        )[-1]
        == "Walt Penner"
    )  # (whoever the partial quote's words are, the writer is no "he")


def test_a_name_made_into_an_adjective_ends_no_name() -> None:
    assert _speakers(
        "Walt Penner met me in his office.\n\nOne of the groups he will launch will train candidates.\n\n"
        '"We keep the movement going," he told me.\n\nOne Penner-endorsed candidate to watch is Lia Brandt.\n'
    ) == ["Walt Penner"]


def test_a_bracketed_plug_between_paragraphs_names_no_speaker() -> None:
    assert _speakers(
        "Years ago, when she was starting out, Anna Velder accepted the rules of the game.\n\n"
        "(Subscribe to the Gazette's Lone Pine podcast with Tom Harl.)\n\n"
        '"I covered lobbying," she said during a sit-down.\n'
    ) == ["Anna Velder"]


def test_a_name_the_text_gives_to_an_act_is_a_law_not_a_person() -> None:
    assert _speakers(
        "The Rudd-Fenner Act of 1933 split the banks.\n\n"
        '"We will go after the real risks," Maria Tolland said last year.\n\n'
        'The problem with reviving Rudd-Fenner, she said, is that "you miss the shadow banks."\n\n'
        "By embracing Super Rudd-Fenner, the party could leap to the left.\n"
    ) == ["Maria Tolland", "Maria Tolland"]


def test_a_name_after_phrases_set_off_before_it_is_the_subject() -> None:
    assert _speakers(
        "In his 1998 keynote, a tribute to Ed Malloy, the nominee that year, Mr. Dorran decried the "
        "''hired cynics of the age,'' and he closed the speech by urging ''a politics of repair.''\n"
    ) == ["Dorran", "Dorran"]


def test_an_irregular_past_verb_ends_a_described_subject() -> None:
    assert _speakers(
        "Senator Ray Dorran spoke on Wednesday. ''We get frustrated,'' Mr. Dorran said.\n\n"
        "The senator left no doubt of his support for the bill, saying that ''there has never been a "
        "better one'' to pass.\n"
    ) == ["Ray Dorran", "Ray Dorran"]


def test_a_he_after_a_described_subjects_verb_is_that_subject() -> None:
    assert _speakers(
        "Senator Ray Dorran spoke on Wednesday. ''We get frustrated,'' Mr. Dorran said.\n\n"
        "On Wednesday night, the senator portrayed Mr. Blatt as a nasty candidate.\n\n"
        "The senator denounced what he called the ''deeply gloomy'' vision of his rival.\n"
    ) == ["Ray Dorran", "Ray Dorran"]


def test_a_description_of_someones_past_right_after_naming_them_is_them() -> None:
    assert _speakers(
        "One of the authors of that report, Ted Larsey, said the nomination will test its findings. "
        "''Certainly he has gone the other way,'' said the former top aide to Governor Ann Pell.\n"
    ) == ["Ted Larsey"]


def test_a_former_title_holder_is_not_the_person_just_named() -> None:
    assert _speakers(
        "Jed Marsh spoke first. Then came a video of the former president. ''There seems to be a lot "
        "of name-calling,'' the former president said.\n"
    ) == ["the former president"]


def test_a_he_after_an_unnamed_speaker_is_that_speaker() -> None:
    assert _speakers(
        "Many of them already do so, thanks to Walt Penner. One Ohio delegate said he tried to give away "
        "his passes. He was unable to find a single taker, he said. “Not even one,” he said.\n"
    ) == ["one Ohio delegate"]


def test_a_weekday_and_a_show_in_quote_marks_open_no_subject() -> None:
    assert _speakers(
        "Wednesday on the Valley Channel’s “Hollister,” Ned Gorrick said if Lia Brandt picked him it "
        "would be a “two-pirate ticket.”\n"
    ) == ["Ned Gorrick"]


def test_a_name_in_an_of_phrase_before_a_pronoun_cue_is_what_is_spoken_of() -> None:
    assert _speakers(
        "Former speaker Ned Gorrick noted that others have survived such criticism.\n\n"
        "Of the scrutiny over Lia Brandt, he said, ''It's a little much.''\n"
    ) == ["Ned Gorrick"]


def test_a_name_after_like_at_a_sentences_start_is_no_subject() -> None:
    assert _speakers(
        "Sen. Ray Dorran and Sen. Lia Brandt met on Tuesday.\n\n"
        'Like Dorran, Brandt also rejected the claim, arguing that there is "room for the agency" in '
        "the rules.\n"
    ) == ["Lia Brandt"]


def test_a_relative_clause_names_its_own_speaker_before_a_quote() -> None:
    assert _speakers(
        "Ned Gorrick criticized Lia Brandt’s use of the server, which a state audit said was “extremely "
        "careless” but not criminal.\n"
    ) == ["a state audit"]


def test_a_quote_in_title_case_is_said_when_mr_x_said_follows() -> None:
    assert _speakers("Mr. Dorran spoke last. ''That's what Lia Brandt understands,'' Mr. Dorran said.\n") == [
        "Dorran"
    ]


def test_a_party_word_before_a_full_name_is_the_members() -> None:
    assert _speakers(
        '"We are frustrated with it," said Oversight ranking Democrat Elia Cummer (D-Md.). "We go on."\n'
    ) == ["Elia Cummer", "Elia Cummer"]


def test_a_name_set_off_after_a_description_of_its_bearer_is_the_subject() -> None:
    quotes = extract_quotes(
        "Mr. Dorran said the plan would fail.\n\n"
        "On television, Mr. Dorran's campaign chairman, Pell Vandermolen, dismissed criticism of the plan "
        "as ''Brandt talking points.''\n"
    )
    assert [(quote.speaker, quote.role) for quote in quotes] == [("Pell Vandermolen", None)]


def test_a_dashed_credit_may_say_how_its_speaker_said_it() -> None:
    assert _speakers(
        '"He can have briefings," Rodd said. "But I hope they are fake."\n\n'
        '"Great speech. She is tested. She is ready. That is why Lia should be our next leader."\n\n'
        "-President Obarro, tweeting after Brandt's speech.\n"
    ) == ["Rodd", "Rodd", "Obarro"]


def test_a_name_after_an_earlier_quote_of_the_sentence_is_not_its_subject() -> None:
    assert _speakers(
        "Lia Brandt won the primary.\n\n"
        "In a 2014 interview with the Courier, Dorran insisted it was “premature” to back Brandt’s "
        "campaign for governor while adding on farm matters, “I don’t have any doubt that her heart is "
        "in the right place on the issue.”\n"
    ) == ["Dorran", "Dorran"]


def test_a_description_of_someones_past_goes_on_quoting_the_one_just_quoted() -> None:
    assert _speakers(
        'Ned Gorrick plans to help farmers by "cutting the red tape," Lia Brandt said Monday.\n\n'
        '"Well, they have to stop and listen first," the retired orthodontist told a radio host.\n\n'
        'The former Republican gubernatorial candidate continued, saying, "You need somebody who '
        'understands farming."\n'
    ) == ["Lia Brandt", "Lia Brandt", "Lia Brandt"]


def test_a_lead_in_whose_subject_is_a_body_names_it() -> None:
    assert _speakers(
        'Lia Brandt has long backed the plan. "It works," Brandt said.\n\n'
        "In a press release earlier this month, the county planning committee said about its inclusion "
        "of the canal in the latest draft of its plan:\n\n"
        '"The plan goes further than previous plans on water rights. It champions the canal."\n'
    ) == ["Lia Brandt", "the county planning committee"]


def test_mr_and_mrs_tell_apart_two_people_of_one_surname() -> None:
    assert _speakers(
        "Robert Vance and Tamsin Vance spoke on Sunday.\n\n"
        "''We are hurt,'' Mr. Vance said.\n\n"
        "''I am a mother,'' Mrs. Vance wrote. She continued: ''He does not know.''\n"
    ) == ["Robert Vance", "Tamsin Vance", "Tamsin Vance"]


def test_a_weekday_without_a_comma_opens_no_clause_of_its_own() -> None:
    assert _speakers(
        "Lia Brandt Speech Skewered By Ned Gorrick.\n\n"
        "On Thursday evening Lia Brandt delivered her acceptance speech as the Democratic nominee, "
        "seeking to prove her credentials.\n\n"
        "“A man you can bait with a tweet is not a man we can trust,” said the Democratic nominee.\n"
    ) == ["Lia Brandt"]


def test_beamed_and_gushed_are_cues() -> None:
    assert _speakers(
        "“This is fantastic!” beamed Ned Hartwell of Madison, Alabama, who snuck onto the floor.\n\n"
        "“I never saw anything like it,” gushed Lia Brandt.\n"
    ) == ["Ned Hartwell", "Lia Brandt"]


def test_a_term_quoted_inside_the_aside_before_a_cue_does_not_hide_the_cue() -> None:
    assert _speakers(
        "“We’ve had better conventions than this one,” Texas delegate Bill Eastwick, wearing a cowboy "
        "hat and “Ned Gorrick” campaign pins, said matter-of-factly as confetti fluttered.\n"
    ) == ["Bill Eastwick"]


def test_an_irregular_past_tense_after_a_name_is_no_role() -> None:
    quotes = extract_quotes(
        "Alex Conary, struck a similar tune on Sunday. ''We are hurt,'' Mr. Conary said.\n"
    )
    assert [(quote.speaker, quote.role) for quote in quotes] == [("Alex Conary", None)]


def test_the_next_day_opens_no_subject() -> None:
    assert _speakers(
        "Lia Brandt spoke on Monday.\n\n"
        'The next day, her Twitter account posted: "Shop the look from her speech."\n'
    ) == ["her Twitter account"]


def test_one_of_a_group_is_described_whole() -> None:
    assert _speakers(
        '"It was unseemly. It was awful," said one of two witnesses who relayed the same story.\n'
    ) == ["one of two witnesses"]


def test_as_someone_did_after_a_quote_names_its_speaker() -> None:
    assert _speakers(
        "Its hosts report that ''the science is still in question,'' as Lia Brandt recently did, or that "
        "it comes from ''people aligned with the left,'' as the host Tom Doocy said in April.\n"
    ) == ["Lia Brandt", "Tom Doocy"]


def test_as_someone_put_it_before_a_quote_names_its_speaker() -> None:
    assert _speakers(
        "Viktor Yanek, who owed his election to, as an American diplomat put it, an ''extreme makeover'' "
        "that Mr. Gorrick oversaw, fled the country.\n"
    ) == ["an American diplomat"]


def test_retaliated_is_a_cue() -> None:
    assert _speakers(
        "“France will always be France,” an angry Dorran retaliated. “It never gives up.”\n"
    ) == [
        "Dorran",
        "Dorran",
    ]


def test_a_name_set_off_after_a_describing_subject_is_the_speaker() -> None:
    assert _speakers(
        "One of Gorrick’s former supporters who still backs Brandt, former Colorado Rep. Pat Schroder, "
        "lives in his district and wrote in an email that the campaign was “tragic in the Year of the "
        "Woman, when a woman should run on her own accomplishments.”\n"
    ) == ["Pat Schroder"]


def test_the_two_term_president_is_the_president_not_the_vice_president() -> None:
    assert _speakers(
        "US President Ned Gorrick will speak, as will Vice President Lia Brandt.\n\n"
        "“Nothing truly prepares you for the office,” the two-term president will say, according to "
        "excerpts of his speech.\n"
    ) == ["Ned Gorrick"]


def test_a_cue_set_off_before_a_participle_goes_on_with_its_speaker() -> None:
    assert _speakers(
        "French President Pierre Dorran has joined leaders who slammed Ned Gorrick.\n\n"
        "Gorrick’s “excesses” are sickening, Dorran said Tuesday in Paris, noting the Republican nominee "
        "“makes you want to retch.”\n"
    ) == ["Pierre Dorran", "Pierre Dorran"]


def test_a_husband_in_a_whose_clause_does_not_make_the_name_a_man() -> None:
    assert _speakers(
        "Martha Pell, whose husband, Navy SEAL Rob Pell, was killed in the attack, spoke with radio "
        "host Lou Garris on Thursday.\n\n"
        "Pell said she does not believe Nadia and Omar Kassem should be immune from criticism.\n\n"
        "“First and foremost,” she told Garris, “I would never wish that loss on anyone.”\n"
    ) == ["Martha Pell", "Martha Pell"]


def test_a_surname_already_used_alone_keeps_meaning_its_first_bearer() -> None:
    assert _speakers(
        "Sen. Tom Varley (a Connecticut Democrat) says he was adrift after his election.\n\n"
        "Then Varley sent his family home and found the cause that defines his career.\n\n"
        "He paid tribute to a teacher’s aide, Anne Marie Varley, who was killed protecting a pupil.\n\n"
        "“It takes courage to look into the eye of a shooter,” Varley said.\n\n"
        "“This is my mission now,” he said.\n"
    ) == ["Tom Varley", "Tom Varley"]


def test_a_surname_particle_is_no_first_bearer() -> None:
    assert _speakers(
        "De Varga and the police chief spoke on Friday.\n\n"
        "Mayor Bill de Varga said the city was safe. De Varga, a Democrat, added: “We are ready.”\n"
    ) == ["Bill de Varga"]


def test_a_relative_clause_set_off_after_a_described_subject_names_no_speaker() -> None:
    assert _speakers(
        "The 43-year-old former congressman, who led a filibuster in June after the Dunmore massacre, "
        "thinks the issue should now be a “litmus test” for being a Democrat.\n"
    ) == ["The former congressman"]


def test_someones_campaign_as_subject_is_the_speaker_not_its_owner() -> None:
    assert _speakers(
        "Speaker Paul Rander spoke on Monday.\n\n"
        "Rander’s campaign shrugged off the comments, telling reporters, “Neither Speaker Rander nor "
        "anyone on his team has ever asked for that endorsement.”\n"
    ) == ["Rander’s campaign"]


def test_opined_and_riffed_are_cues() -> None:
    assert _speakers(
        "Editorial pages, including the Daily Ledger, warned of trouble. “Owners should leave their "
        "weapons at home,” opined the Plainfield Courier.\n\n"
        "“Governor, let me help you out: the answer is no,” Lia Brandt riffed on the governor’s reply.\n"
    ) == ["Plainfield Courier", "Lia Brandt"]


def test_a_pronoun_opening_a_paragraph_is_the_relative_named_just_before() -> None:
    assert _speakers(
        "At the rally, 14-year-old Aubrey Pellet hoisted a sign. Her father, Brad, 39, worried that "
        "too many voters limit the news they read.\n\n"
        "“People are afraid of wasting their votes,” he surmised.\n"
    ) == ["Brad"]


def test_a_pronoun_cue_goes_on_from_the_pronoun_the_sentence_before_opened_on() -> None:
    assert _speakers(
        "“People point fingers at them,” Omar Kassem, 66, said on the program.\n\n"
        "He says Ned Gorrick’s call to ban all immigrants -- a position the nominee has since modified "
        "-- bears some of the blame. “The voices that would not dare have gathered courage,” he told "
        "the weekly series.\n"
    ) == ["Omar Kassem", "Omar Kassem"]


def test_a_cue_after_a_semicolon_has_its_own_subject() -> None:
    assert _speakers(
        "The proposal prompted Britain’s Parliament to debate a ban on Gorrick; one lawmaker called "
        "Gorrick “the orange prince of self-publicity.”\n"
    ) == ["one lawmaker"]


def test_a_name_that_only_describes_someone_is_not_the_speaker() -> None:
    assert _speakers(
        "One ad stars an Abraham Lincoln impersonator who promises that Brandt won’t “send you to "
        "fight wars overseas.”\n\n"
        "Lou Garris, a GOP strategist who has feuded with Brandt, wrote in an email: “This was the "
        "worst first day of a convention.”\n"
    ) == ["an Abraham Lincoln impersonator", "Lou Garris"]


def test_someone_a_paragraph_acts_on_is_not_the_pronoun_of_its_quote() -> None:
    assert _speakers(
        "“Guns are the issue of our time,” Lou Garris said.\n\n"
        "The gun push has yielded one victory: forcing Ned Brandt to reverse his opposition to lawsuits. "
        "“The primary has moved him on the issue,” he said.\n"
    ) == ["Lou Garris", "Lou Garris"]


def test_a_name_qualifying_a_noun_is_not_acted_on() -> None:
    assert _speakers(
        "“We will win California,” Jeff Waverly, the campaign manager for Ned Brandt, said.\n\n"
        "But in the Brandt stump speech and in his talks with voters, there are clues to how he broke "
        "through. Immigration is now an issue of morality; gone are the days when, in sync with some "
        "labor leaders, he said that only people such as David and Charles Koch wanted “open borders.”\n"
    ) == ["Jeff Waverly", "Ned Brandt"]


def test_a_described_subject_keeps_the_one_asked_as_the_pronoun() -> None:
    assert _speakers(
        "Ben Carlson hired Barry Bennet last year. “Barry was not the first choice,” Tom Millis said.\n\n"
        "The interview was conducted in Carlson’s home, and when the AP asked Bennet about Carlson’s "
        "comments, the campaign manager said he needed to speak to the candidate first. “Why don’t I "
        "have that conversation and call you back,” he told the AP.\n"
    ) == ["Tom Millis", "Barry Bennet"]


def test_a_dateline_with_a_state_and_a_fronted_phrase_still_opens_on_its_subject() -> None:
    assert _speakers(
        "CONCORD, N.H. - At a rally here last week, Lia Brandt showed the crowd a clip of Gov. Ned "
        "Gorrick dodging a question about his party’s record on taxes.\n\n"
        "“Governor, let me help you out - the answer is no,” the Republican vice-presidential nominee "
        "riffed on the dodge, drawing laughs from the crowd.\n\n"
        "Sen. Kelly Ames faces Gorrick in November. Ames trails Gorrick, Ames concedes, and Gorrick "
        "has the money.\n"
    ) == ["Lia Brandt"]


def test_a_pronoun_goes_on_with_the_one_person_of_its_gender_the_paragraph_before_was_about() -> None:
    assert _speakers(
        "Sen. Kelly Ames is running against Gov. Maggie Hallan.\n\n"
        "“I certainly could have answered better,” Hallan said.\n\n"
        "Groups have spent $10 million attacking Ames. The senator has a strong record on gun rights.\n\n"
        "This is not the kind of campaign Ames hoped to be running. She acknowledges that she "
        "did not expect so many questions about her party’s nominee - but she is adapting.\n\n"
        "“No matter what you’re doing, you have to deal with the conditions you’re given,” she said.\n"
    ) == ["Maggie Hallan", "Kelly Ames"]


def test_according_to_a_description_then_a_name_set_off_is_the_name() -> None:
    assert _speakers(
        "Ned Gorrick was born in 1957. According to his aunt, Lia Brandt, “He was brilliant from the "
        "start.” He played chess.\n"
    ) == ["Lia Brandt"]


def test_several_openings_before_a_relatives_cue_leave_the_relative() -> None:
    assert _speakers(
        "Ned Gorrick and Lia Brandt were close. “We talked every week,” Brandt said. "
        "“I never knew his family.” But either way, at some point, Gorrick’s late father told Brandt "
        "that “he only calls when he needs money.”\n"
    ) == ["Lia Brandt", "Lia Brandt", "Gorrick’s late father"]


def test_someones_relative_is_not_the_person_the_story_is_about() -> None:
    assert _speakers(
        "Lia Brandt met Ned Gorrick in 1993, and she stayed with him to the end.\n\n"
        "“I used to call them my two Neds,” Brandt said.\n\n"
        "“The thing with Lia bothered us,” Gorrick’s father said.\n"
    ) == ["Lia Brandt", "Gorrick’s father"]


def test_a_name_opening_a_clause_set_off_after_a_comma_is_that_clauses_speaker() -> None:
    assert _speakers(
        "Inference and faith are essential for these moments, which I came to think of as Glass "
        "Corridors, after the novelist Jo Brandt explained them to me. “You only see a little of what "
        "is there,” she said.\n"
    ) == ["Jo Brandt"]


def test_a_name_asked_in_a_clause_set_off_is_not_its_speaker() -> None:
    assert _speakers(
        "Ebbe Lund watched the town hall. What angered her, she said, was a question last week, when "
        "a young man asked Maria Okafor why voters did not trust her. “I really got angry,” she said.\n"
    ) == ["Ebbe Lund"]


def test_a_sentence_opening_on_a_subordinate_clause_after_a_quote_is_no_cue() -> None:
    assert _speakers(
        "Ned Gorrick died in March. Lia Brandt found him. “He looked a little surprised,” she wrote "
        "in an email. “Not pained. Which was some comfort.” Although he had written a will, it was "
        "never signed.\n"
    ) == ["Lia Brandt", "Lia Brandt"]


def test_a_paragraph_asking_how_she_would_feel_hands_her_the_next_quote() -> None:
    assert _speakers(
        "Elise Brandt found him in March.\n\n"
        "“I just could not go on,” Maria Okafor said. She left the business in 2001.\n\n"
        "When I got word that a deal had finally been struck, I immediately thought of Elise Brandt. "
        "Lacking the legal rights to John Gorrick’s work, still smarting from the events surrounding "
        "his death, how would she feel about all of this?\n\n"
        "“I have no words, it is such good news,” she replied in an email.\n"
    ) == ["Maria Okafor", "Elise Brandt"]


def test_a_name_ending_a_sentence_before_a_capitalised_word_is_still_named() -> None:
    people = index_people("Lia Brandt runs the shop.")
    assert people_in("I thought of Lia Brandt. Lacking the rights, she said no.", people) == ["Lia Brandt"]


def test_more_common_given_names_tell_a_pronoun_who_is_meant() -> None:
    assert _speakers(
        "“He would make art anywhere,” Neil Amsel told me. When Ford visited his editor Teresa Lund "
        "at her office, he left poems on her desk. “Life was not long enough,” she recalled.\n"
    ) == ["Neil Amsel", "Teresa Lund"]


def test_it_after_a_quote_from_an_affidavit_is_its_writers() -> None:
    assert _speakers(
        "The charge is explained in an affidavit written by Paul Kessel, a detective. The affidavit "
        "cites interviews with two witnesses.\n\n"
        "“He grabbed her arm,” Kessel wrote in the affidavit. It continued: “Probable cause exists "
        "to charge him with one count of battery.”\n"
    ) == ["Paul Kessel", "Paul Kessel"]


def test_a_date_with_its_year_opening_a_sentence_is_no_subject() -> None:
    assert _speakers(
        "John Ford struggled to get the book right. On July 27, 2006, he emailed Paul Amsel about "
        "how hard it was. “It is not like someone can charge into the room every few minutes,” he wrote.\n"
    ) == ["John Ford"]


def test_a_capitalised_description_ending_on_a_party_is_no_name() -> None:
    assert _speakers(
        "Presumptive Democratic nominee Maria Okafor said the plan would “take the state backward.”\n"
    ) == ["Maria Okafor"]


def test_the_title_a_name_is_given_as_its_first_word_means_that_person() -> None:
    assert _speakers(
        "Senator Ann Lee met privately with Pope Linus on Saturday.\n\n"
        "“I greeted her, I shook her hand and nothing more,” the pope told reporters.\n"
    ) == ["Pope Linus"]


def test_a_comparison_after_a_quote_is_never_its_speaker() -> None:
    found = extract_quotes(
        "It is unclear whether voters will warm to a candidate who has called for “something far "
        "worse” than prison, has said of rivals that “you have to crush them all” and who tweets at "
        "night.\n"
    )
    assert not [q.speaker for q in found if q.speaker and q.speaker.startswith("than ")]


def test_a_surname_is_the_full_name_that_ends_in_jr() -> None:
    assert _speakers(
        "The seat was won in 2010 by Morris J. Brooks Jr., a former prosecutor.\n\n"
        "“We have to level the playing field,” Brooks said.\n"
    ) == ["Morris J. Brooks Jr"]


def test_a_titled_name_after_but_with_a_who_clause_is_the_next_he() -> None:
    assert _speakers(
        "David Autor studies trade.\n\n“It is a matter of diffuse benefits,” Autor said.\n\n"
        "Some members of Congress have backed free trade, but Representative Lars Brook, who has "
        "welcomed support from the Tea Party, doesn't mince words about where he stands.\n\n"
        "“We are going to have to do whatever is necessary,” he said.\n"
    ) == ["David Autor", "Lars Brook"]


def test_the_described_publication_is_the_one_the_paragraph_opened_on() -> None:
    assert _speakers(
        "CONCORD, N.H. -- The Granite Review is hosting a debate party downtown.\n"
        "The conservative publication has opposed Ned Gorrick, arguing he is “a political opportunist "
        "who would trash the party.”\n"
    ) == ["Granite Review"]


def test_an_advert_named_by_the_group_that_runs_it_speaks_for_the_group() -> None:
    assert _speakers(
        "The Fund for Liberty is spending $1.5 million on television advertisements.\n\n"
        "One Fund for Liberty ad, which is currently airing, argues that “only Ann Lee can win this. "
        "Ned Gorrick can’t do it.”\n"
    ) == ["Fund for Liberty"]


def test_a_sentence_opening_on_although_has_its_subject_after_the_clause() -> None:
    assert _speakers(
        "Although it was far from the last word on Senator Ann Lee’s email scandal, Attorney General "
        "Maria Okafor took the last step Wednesday of announcing that no charges would be brought.\n\n"
        "“Late this afternoon, I met with the director and the prosecutors.”\n"
    ) == ["Maria Okafor"]


def test_hillary_is_a_womans_given_name() -> None:
    assert _speakers(
        "Hillary Brandt and Paul Amsel met on Tuesday to discuss the merger, which she backs.\n\n"
        "“We talked for hours,” he said.\n"
    ) == ["Paul Amsel"]


def test_a_bare_surname_shared_by_two_people_is_the_one_the_writer_was_telling_of() -> None:
    assert _speakers(
        "Hillary Lund is running for governor. Lund has led every poll.\n\n"
        "Former President Bill Lund criticized the law during a stop for his wife Hillary Lund.\n\n"
        "During the rally, the former president said premiums were rising.\n\n"
        "“It doesn’t make any sense,” Lund said.\n\n"
        "“I do not believe anybody was better qualified,” Lund declared of Hillary Lund.\n"
    ) == ["Bill Lund", "Bill Lund"]


def test_a_bare_surname_stays_with_its_bearer_when_the_other_is_called_by_first_name() -> None:
    assert _speakers(
        "Betsy Ebel has known Maria Okafor since sixth grade. Ebel and her husband, Tom Ebel, "
        "knocked on doors Sunday.\n\n"
        "“This is one of Maria’s friends,” Tom told a neighbour.\n\n"
        "“We live in Chicago,” Ebel said.\n"
    ) == ["Tom Ebel", "Betsy Ebel"]


def test_a_nickname_the_article_gives_is_the_same_person() -> None:
    assert _speakers(
        "John Milo Lund was born in East Chicago in 1957. Everyone called him Mike.\n\n"
        "Friends of Mike Lund say his family kept his books out of print.\n\n"
        "In 1997, Ann Brandt interviewed Mike for a convention.\n\n"
        "“No,” he said. “You tell me one.”\n"
    ) == ["John Milo Lund", "John Milo Lund"]


def test_a_platform_company_speaks_and_is_the_company_after_it() -> None:
    assert _speakers(
        "The network said on Friday that it had suspended 125,000 accounts.\n\n"
        "''As the threat has changed, so has our work,'' Facebook said in a statement, adding that it "
        "''condemns the use of Facebook to promote hate.'' The company said its moves had already "
        "produced results, ''including an increase in account suspensions.''\n"
    ) == ["Facebook", "Facebook", "Facebook"]


def test_a_group_of_people_is_described_by_who_they_are() -> None:
    assert _speakers(
        "A small group of students wrote “Lee 2016” in chalk on the steps of the library.\n"
    ) == ["A small group of students"]


def test_a_surname_typed_with_the_key_beside_one_letter_is_the_named_person() -> None:
    assert _speakers(
        "“The campaign is in full panic mode,” said Leslie Dimes, a caucus president.\n\n"
        "Dines believes that the campaign took the state for granted. “They have a big problem,” she "
        "said.\n"
    ) == ["Leslie Dimes", "Leslie Dimes"]


def test_a_bodys_people_opening_a_sentence_are_a_description() -> None:
    assert _speakers(
        "Party officials said the drive to get out the vote would be “fully funded,” despite the "
        "decision to wind down fundraisers.\n"
    ) == ["party officials"]


def test_a_clause_opening_on_at_the_moment_gives_its_subject_to_the_he_after_it() -> None:
    assert _speakers(
        "CONCORD, N.H. - At the moment Ned Lund learned he had been cut from the debate, he was "
        "clocking his 44th day here. Sooner or later, the Vermont governor told reporters, “it starts "
        "to pay off.”\n"
    ) == ["Ned Lund"]


def test_the_justice_is_the_one_the_story_is_about() -> None:
    assert _speakers(
        "“On reflection, my remarks were ill-advised,” Ann Lund said in a statement.\n\n"
        "In three interviews, the justice sounded off on Ned Gorrick, saying she didn't "
        "“want to contemplate” the effects of his candidacy.\n"
    ) == ["Ann Lund", "Ann Lund"]


def test_a_source_involved_in_something_keeps_what_it_was_involved_in() -> None:
    assert _speakers(
        "“It’s a way to take part without backing anyone,” said a source involved in the group’s creation.\n"
    ) == ["a source involved in the group’s creation"]


def test_rumbled_rejoined_and_instructed_are_speech() -> None:
    assert _speakers(
        "Ned Lund, the mayor, spoke at the fair on Friday.\n"
        "“It is time to call this what it is,” he rumbled from the stage.\n"
        "Ann Voss wrote back at once. “Is that right?” she asked.\n"
        "“Then why did you vote for it,” he rejoined.\n"
        "Later he instructed his aides, “Nobody can know about this.”\n"
    ) == ["Ned Lund", "Ann Voss", "Ned Lund", "Ned Lund"]


def test_an_opening_mark_typed_twice_still_opens_the_quote() -> None:
    assert said(
        "Before the vote could start, Ned Lund weighed in. “”This is a very unfair vote. Very, very "
        "and I hope people are watching,” he said."
    ) == [("Ned Lund", "This is a very unfair vote. Very, very and I hope people are watching,")]


def test_an_opening_of_someone_is_not_the_speaker() -> None:
    assert _speakers(
        "Ann Voss defended the friar.\n"
        "Of Friar Lorenzo, Voss said at one point, “He just wanted to make the town great again.” Then "
        "she gave her closing remarks in verse, “because verse is very persuasive.”\n"
    ) == ["Ann Voss", "Ann Voss"]


def test_a_described_speaker_reporting_after_a_finished_quote_is_not_its_cue() -> None:
    assert _speakers(
        "Ned Lund, a scientist at Keele, disputes the paper.\n"
        "“The authors are promoting a dangerous gamble,” Lund writes. “This desperate action is "
        "motivated by a fallacy.” (Current models say that emissions will warm the air a lot less.)\n"
    ) == ["Ned Lund", "Ned Lund"]


def test_a_paragraph_ending_on_its_cue_and_a_comma_announces_the_next_quote() -> None:
    assert _speakers(
        "“I remember that Ned Lund asked for a safe phone,” a former employee recalled.\n"
        "A former business partner at the firm stated in their testimony,\n"
        "“Sometimes, when I asked him who his friends were, he answered that they were the police.”\n"
    ) == ["a former employee", "a former business partner at the firm"]


def test_in_an_exchange_the_one_asked_answers_a_quote_without_a_cue() -> None:
    exchange = (
        "“Is it not the case that every drug has risks? Is that not true of this one?” Lund asked.\n"
        "“That can be true,” Voss said, “but the risk of doing nothing is far greater.”\n"
        "“But there is some risk,” Lund interjected. “Do you dispute that?”\n"
        "“There can be a very small risk for some people, but I would stress that the drug is safe.”\n"
    )
    assert _speakers(exchange) == ["Lund", "Voss", "Voss", "Lund", "Lund", "Voss"]
    rhetorical = (  # one question, not an exchange: the asker goes on
        "“The plan will fail,” Voss said.\n"
        "“Why would I back it?” Lund asked.\n"
        "“It makes no sense for the town, and I will vote against it.”\n"
    )
    assert _speakers(rhetorical) == ["Voss", "Lund", "Lund"]


def test_they_after_a_sentence_about_one_unnamed_person_is_that_person() -> None:
    assert _speakers(
        "Ned Lund ran the firm.\n"
        "The ex-partner suspected that Lund was receiving payments through an account managed by his "
        "wife, Ann Voss. “On one occasion,” they testified, “I heard a conversation about payments to "
        "that account that Mr. Lund kept from the rest of us.”\n"
    ) == ["the ex-partner", "the ex-partner"]


def test_an_opening_past_participle_phrase_is_not_the_subject() -> None:
    assert _speakers(
        "Further evidence can be found in a letter Ned Lund wrote for his pal at the Keele Sands hotel.\n"
        "Authored on Keele Sands letterhead, Lund stated that he had “worked with Mr. Bo Rees for three "
        "years,” praising him for his “loyalty and consistency.”\n"
    ) == ["Ned Lund", "Ned Lund"]


def test_words_someone_is_told_to_say_are_a_quote_however_often_repeated() -> None:
    assert said(
        "Judge Ann Voss, who has clashed with Ned Lund throughout the trial, at first tried to stop his "
        "speeches, telling his lawyer Bo Rees to “control your client” and threatening to remove him.\n"
        "“This is not a political rally,” Voss said to Lund, telling Rees to “control your client.”"
    ) == [
        ("Ann Voss", "control your client"),
        ("Ann Voss", "This is not a political rally,"),
        ("Ann Voss", "control your client."),
    ]


def test_it_after_a_sentence_about_a_report_is_the_report() -> None:
    assert _speakers(
        "By the time of the lawsuit, Lund's company appeared to have been working closely with the agency. "
        "A confidential 2010 report by a private investigator hired by the industry pinpointed Lund's "
        "casino as a front for agency operations.\n"
        "“A reliable source has reported that officials firmly believe that the casino has let agents "
        "operate from within its walls,” it stated.\n"
    ) == ["the report"]


def test_names_in_an_opening_purpose_are_not_the_he_after_it() -> None:
    assert _speakers(
        "Ned Lund ran the team from Keele.\n"
        "To further limit the Ecuadorian government's access to the surveillance system installed in the "
        "embassy, he instructed his workers, “We can't give them access to some of the services, so they "
        "don't realize who is online.”\n"
        "Officials from Ecuador never knew. Lund wrote to Spanish-speaking Ecuadorian officials in English.\n"
    ) == ["Ned Lund"]


def test_a_relation_named_by_a_given_name_is_the_person_named_in_full() -> None:
    assert _speakers(
        "Ned Voss, 21, was taken to hospital on 12 April.\n"
        "“The drug was in his system, there was no cure, and he had taken eight,” his sister, Ann, said "
        "in a statement yesterday.\n"
        "“They never stood a chance of saving him.”\n"
        "Ann Voss issued a plea for people to stay away from the pills.\n"
    ) == ["Ann Voss", "Ann Voss"]


def test_a_body_named_with_what_it_deals_with_keeps_all_its_name() -> None:
    assert _speakers(
        "As the Senate Committee on Foreign Relations has pointed out, it would also be used “for the "
        "purpose of finding a journalist’s sources”.\n"
        "“We will look at it,” the Joint Committee on Intelligence and Security said.\n"
    ) == ["the Senate Committee on Foreign Relations", "the Joint Committee on Intelligence and Security"]


def test_whoever_does_something_by_saying_a_quote_in_a_relative_clause_said_it() -> None:
    assert _speakers(
        "Ned Lund, the president, spoke on Monday.\n"
        "The Lund administration’s first comments on the election came with a tough warning about some of "
        "the rhetoric from Voss’s Likud party, which tried to rally right-wing support by saying that Arab "
        "voters were “coming out in droves.”\n"
        "The first comments came with a warning about Ann Voss, who tried to rally support by saying that "
        "voters were “turning out in their thousands.”\n"
    ) == ["Voss’s Likud party", "Ann Voss"]


def test_a_partial_quotes_sentence_ending_on_an_acronym_and_says_is_its() -> None:
    assert said(
        "Misusing antibiotics is the “single leading factor” contributing to this problem, the CDC says. "
        "The concern is that doctors will run out of drugs."
    ) == [("the CDC", "single leading factor")]


def test_a_dashed_credit_line_that_goes_on_after_the_description_credits_the_person() -> None:
    assert _speakers(
        "Quote of the day\n"
        "“We don’t list markets directly tied to death. We design the rules to prevent people from "
        "profiting from death.”\n"
        "—Ned Lund, CEO and founder of prediction market company Keele, tries to justify the bet on “Is "
        "the king out?” on his platform, 404 Media reports.\n"
    ) == ["Ned Lund"]
