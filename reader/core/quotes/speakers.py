"""Whether a quoted span is speech, and who said it: cues after, before and around it, pronouns, issuers."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import islice

from reader.core.quotes.first_names import gender_of_first_name
from reader.core.quotes.people import (
    FEMALE_KIN,
    FOLLOWERS,
    NAMED_CAMPAIGN,
    People,
    is_epithet,
    is_org,
    named_after_role,
    object_in,
    people_in,
    reporters_in,
    sentences,
    strip_titles,
    subjects_in,
    word_key,
)
from reader.core.quotes.phrases import FIRST_PERSON, UNNAMED_WRITER, speaker_named
from reader.core.quotes.spans import Span
from reader.core.quotes.vocabulary import (
    ABBREVIATIONS,
    ACCORDING,
    CLAUSE_WORDS,
    DATE_WORDS,
    DATELINE,
    DOCUMENTS,
    FEMALE_ROLE,
    FROM,
    INTRODUCTION,
    IRREGULAR_PAST,
    ISSUED,
    LEADING_WORDS,
    MALE_ROLE,
    NAME_AFTER_VERB,
    NAMED_ADVERT,
    NAMED_DOCUMENT,
    NOT_SPEECH_CUES,
    NOT_SPEECH_CUES_REACH,
    ORG_KINDS,
    PERSON_NOUNS,
    PRONOUNS,
    RULINGS,
    SPEECH_VERBS,
    STAFF_ROLE,
    SUBJECT_START,
    TRAILING_AUXILIARIES,
    VERB,
    VERB_FIRST,
    WORD,
)

MAYBE = "maybe"
"""A short partial quote that is speech only if a speaker is found for it in its own sentence."""


MAX_TITLE_WORDS = 8


MIN_UNCUED_WORDS = 4


@dataclass
class Context:
    """What the paragraphs before say: the last speaker and the people mentioned, nearest last."""

    last_speaker: str | None = None
    mentioned: list[str] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)  # subjects of speech verbs ("X told The Hill")
    introduced: str | None = None  # the person a paragraph without quotes was about ("Rep. X pushed for Y.")
    subject: str | None = None  # the person the last sentence with a named subject was about
    subject_in_full: bool = False  # whether that paragraph named them in full ("Bill Clinton", not "Tom")
    unquoted_previous: str = ""  # the paragraph before, if no quote was found in it
    previous: str = ""  # the paragraph before, for a "they" its people were
    lead_in: str | None = None  # who the paragraph before announced: "The New York Times reports:"
    turns: deque[tuple[str, bool]] = field(default_factory=lambda: deque(maxlen=3))  # the last three
    # paragraphs' last speakers, and whether their last quotes asked something ("" for no quote)


def attribute_paragraph(
    paragraph: str,
    spans: list[Span],
    people: People,
    context: Context,
    repeated: set[str],
    next_paragraph: str = "",
) -> list[tuple[Span, str, bool]]:
    """The speech spans of one paragraph, each with its speaker and whether it is partial."""
    results: list[tuple[Span, str | None, bool]] = []
    paragraph_speaker: str | None = None
    pending: list[int] = []
    quote_only = _is_quote_only(paragraph, spans)
    if len(spans) == 1 and _is_heading(paragraph, spans[0]):
        return []
    if len(spans) == 1 and quote_only:
        credited = credit_line(next_paragraph, people, dashed_only=spans[0].closed)
        if credited:  # a pull quote whose credit is the line under it, or a fact check's "- Tom Reed."
            return [(spans[0], credited, False)]
    names: list[int] = []  # marks of quoted names inside the writer's sentence
    listed = context.lead_in if is_list_item(paragraph) else None
    for span in spans:
        turn = _transcript_turn(paragraph, span, people) if span is spans[0] else None
        if turn:  # `"WALLACE: Let’s start with …`: a transcript's speaker label, then their words
            span, paragraph_speaker = turn
            results.append((span, paragraph_speaker, False))
            continue
        if _SOCIAL_CREDIT.match(span.text):
            continue  # "Follow Pam Key on Twitter @pamkeyNEN.": the writer's credit, quoted with the rest
        long_enough = len(WORD.findall(span.text)) >= MIN_UNCUED_WORDS  # (not a scare quote's cue)
        kept = [other for other in spans if other.mark not in names] if names and long_enough else spans
        before = _outside_before(paragraph, span, kept)  # `saying that "Obama-Clinton" policies are
        after = _outside_after(paragraph, span, spans)  # "killing …"`: the cue is before both
        partial = _is_partial(before)
        speech = _is_speech(span, before, after, partial, repeated)
        if not speech:
            if partial and len(WORD.findall(span.text)) <= 3 and not re.search(r"[.!?,]\s*$", span.text):
                names.append(span.mark)
            continue
        closing = _SENTENCE_ENDS_ON_CUE.match(after) if partial else None
        closing_who = closing and (speaker_named(closing.group("who"), people) or closing.group("who"))
        if speech == MAYBE and not closing_who:  # (`X has been "detained" by Y since 2010, the group says.`)
            earlier = results[-1] if results and results[-1][1] else None
            if earlier and _same_sentence(paragraph, earlier[0], span):
                results.append((span, earlier[1], partial))  # `"smart as hell," X wrote, and "full of …"`
                continue
            if listed:  # a list under "Soerens argued that:": each item's quoted words are his
                results.append((span, listed, partial))
                continue
            judged = len(re.findall(r"[^\W_]+", span.text)) >= 2 and _judged_by_subject(
                paragraph, span, spans, before, people, paragraph_speaker, context
            )  # (one quoted word is a term: `exclusively in "smell" and "taste," says X`)
            if judged:  # `Trump hammered the media for its "phony polls"`: the subject's words
                results.append((span, judged, partial))
                continue
            pending.append(len(results))  # kept only if a later quote of its sentence has a speaker
            results.append((span, None, partial))
            continue
        ends_sentence = bool(re.search(r"[.!?]\W*$", span.text))  # a partial quote that ends the
        cued_before = (
            bool(re.search(r"[,:]\s*$", before)) and bool(VERB.search(_last_sentence(before)))
        ) or bool(_VERB_JUST_BEFORE.search(before[-60:]))  # `it believed "in the work …." He said`
        next_sentence = (partial and ends_sentence) or (cued_before and span.text.rstrip().endswith("."))
        finished = bool(re.search(r"[.!?]\W*$", span.text))  # the quote ended its own sentence
        cue_for_next = (  # `"…." Mr. Zahed said: "…"`, `"…." X told Y that "…"`: the next quote's
            finished
            and bool(re.search(r"(?:[,:]|\bthat)\s*$", after))
            and _first_sentence(after.strip()) == after.strip()
            and any(other.mark > span.end for other in spans)
        )
        own_report = finished and bool(_REPORT_OF_ITS_OWN.match(after))  # `"…." Gov. John Kasich said he
        next_sentence = next_sentence or cue_for_next or own_report  # would …`: (`X said, "… ." Y said …`)
        next_sentence = next_sentence or (finished and bool(_SUBORDINATE_FIRST.match(after)))
        # (`"…." Although he had written a will, …`: the writer's next sentence, no cue)
        cue_after = None if next_sentence else _speaker_after(after, people)
        cue_right_after = _CUE_RIGHT_AFTER.match(" ".join(after.split()[:4]))
        if cue_after and partial and _reported_speech(before) and not cue_right_after:
            cue_after = None  # `X has said that he opposes "…" in far parts, his administration continues`
        cued_in_sentence = _VERB_JUST_BEFORE.search(before) or (
            partial and VERB.search(_last_sentence(before)) and not _ACCORDING_RIGHT_AFTER.match(after)
        )
        if (
            cue_after
            and not cue_right_after
            and cued_in_sentence
            and _speaker_before(before, people, partial)
        ):
            cue_after = None  # `X started the debate saying "of course" Clinton has the qualifications`,
            # `She is noting the "kind of problems" Sanders had answering questions`: hers
        cue_was_used = bool(results) and results[-1][1] is not None and not partial \
            and bool(re.search(r"[.!?]\s*$", before))  # fmt: skip
        goes_on = (  # `with X tweeting that it was a "…" for Clinton and asking, "…"`: X goes on
            results[-1][1]
            if results
            and results[-1][1]
            and _AND_DOING.search(before)
            and _same_sentence(paragraph, results[-1][0], span)
            else None
        )
        dashed = not partial and _set_off_by_dashes(before, after)
        named_before_dash = _named_before_dash(before, people) if dashed else None
        owned_words = _OWNED_WORDS.search(before[-160:]) if partial else None
        words_noun = partial and _WORDS_NOUN_AFTER.match(after)
        promised = _OWNERS_QUOTED_WORDS.search(before[-60:]) if words_noun else None
        speaker = closing_who or (
            (  # `Obama's "if you like your plan, you can keep it" promise`: his words
                promised and people.knows(promised.group(1).split()[-1]) and people.fullest(promised.group(1))
            )
            or (  # `ran ads using her comments before a committee that "…"`: hers, not the ads'
                owned_words
                and _owner_of_words(owned_words, paragraph, span, people, paragraph_speaker, context)
            )
            or cue_after
            or goes_on
            or named_before_dash
            or (  # (what follows is the next sentence)
                None if cue_was_used else _speaker_before(before, people, partial)
            )
        )  # (`"…?" Trump said, according to audio of it. "…"`: that cue was the quote before's)
        if speaker is None and before.strip(" ,") and VERB_FIRST.match(before.strip(" ,")) \
                and not VERB_FIRST.match(before.strip(" ,")).group("who").strip():  # fmt: skip
            speaker = paragraph_speaker  # `…," he said, adding "…"`
        if speaker is None and not partial and results and _CUE_BETWEEN_QUOTES.fullmatch(before.strip()):
            blanked = paragraph[: span.mark]  # `… deemed "top secret," saying in a post on Twitter: "…"`:
            for other in spans:  # the sentence's subject, past the scare quote before
                if other.end < span.mark:
                    blanked = (
                        blanked[: other.mark] + " " * (other.end + 1 - other.mark) + blanked[other.end + 1 :]
                    )
            speaker = paragraph_speaker or _sentence_subject(blanked, people)
        going_on = VERB_FIRST.match(before.strip(" ,")) if speaker is None and partial else None
        if going_on and going_on.group(0).split()[0].endswith("ing") and not re.search(r"[.!?]", before):
            speaker = paragraph_speaker  # `X said it was "corrupt," noting that it is "…"`: X goes on
        if speaker is None and not partial and before.rstrip().endswith(":"):
            lead_in = paragraph[: span.mark].rstrip().removesuffix(":")
            label = _last_sentence(lead_in).strip()
            if _NAME_LABEL.fullmatch(label) and span is not spans[0]:
                speaker = speaker_named(label, people)  # `Clinton: "…." Bush: "…."`: a second label
            dashed_label = _DASHED_LABEL.search(lead_in)
            if speaker is None and dashed_label:  # `POLLS TOO EARLY - Mark Blumenthal: “…” [HuffPost.]`
                authors = dashed_label.group("who").split(" and ")  # (the author, not the outlet)
                speaker = " and ".join(speaker_named(author, people) or author for author in authors)
            speaker = speaker or _second_clause_speaker(
                lead_in, people
            )  # `The Times said it, and X responded:`
            speaker = speaker or _sentence_subject(lead_in, people, named_only=True)  # `Smith agreed: "…"`
            pronoun_lead = None if speaker else _PRONOUN_LEAD_IN.fullmatch(_last_sentence(lead_in).strip())
            if pronoun_lead:  # `She then addressed the supporters again: "…"`: who "she" is, resolved below
                speaker = pronoun_lead.group(1).lower()
            body = None if speaker else _BODY_SUBJECT.match(_last_sentence(lead_in).lstrip())
            if body and (is_org(body.group(1)) or body.group(1).split()[-1] in _BODIES):
                speaker = "the " + body.group(1)  # `The Clinton campaign, in a Q&A, worded it carefully: "…"`
            described = None if speaker else list(_SOMEONE_DID.finditer(_last_sentence(lead_in)))
            if described:  # `In the hours after …, a familiar voice celebrated the attacks on Twitter: "…"`
                speaker = described[-1].group("who")
            if speaker is None and re.match(r"I\s", re.split(r",\s*|\bthat\s+", lead_in)[-1]):
                speaker = FIRST_PERSON  # `…, that I had to change my answer: "…"`
            if speaker is None and len(lead_in.split()) <= 8 and not VERB.search(lead_in):
                speaker = speaker_named(lead_in.split(",")[0], people)  # `Meghan McCain, Twitter: "…"`
            if speaker is None and _LATER_ON.fullmatch(lead_in):
                speaker = context.last_speaker  # `Then, later that month on CNN: "…"`: the same one again
        credit = _CLOSING_CREDIT.search(paragraph) if speaker is None and not partial else None
        if credit:  # a newsletter item `“…” [WaPo.]`: the words of the outlet it credits
            speaker = _OUTLET_SHORT_FORMS.get(credit.group("who"), credit.group("who"))
        if speaker is None and not partial and context.lead_in and span is spans[0] and not before.strip():
            speaker = (
                context.lead_in
            )  # "The New York Times reports:" then a paragraph that opens with a quote
        described_next = None if speaker or not quote_only else _DESCRIBED_NEXT.match(next_paragraph.lstrip())
        if described_next:  # `"…"` then `That was how Jeffrey Bewkes, …, once described …`
            speaker = speaker_named(described_next.group("who"), people)
        if speaker is None and not partial and (paragraph_speaker or span.continues or quote_only):
            speaker = paragraph_speaker or context.last_speaker  # the same speaker goes on
            if quote_only and not paragraph_speaker and not span.continues and context.introduced:
                speaker = context.introduced  # "Clinton was asked why …" then a paragraph of only a quote
            elif quote_only and not paragraph_speaker and not span.continues:
                speaker = exchange_answerer(context.turns) or speaker  # the one an exchange's question
                # was put to answers it
        if speaker is None and partial and _CLAIM_THAT.search(before[-80:]):
            claimant = _sentence_subject(paragraph[: span.mark], people)  # `X repeated his claim that "…"`
            known = bool(claimant) and (claimant in PRONOUNS or people.knows(claimant.split()[-1]))
            speaker = claimant if known else None  # (not "Contrary" of "Contrary to his claim that")
        if speaker is None and partial and _TELLING_AFTER.match(after):
            speaker = _sentence_subject(paragraph[: span.mark], people)  # `X hailed it as "…," telling Y`
        if speaker is None and partial and _LABELLED_AS.search(before):
            speaker = _sentence_subject(paragraph[: span.mark], people)  # `Reid has gone after Trump as a "`
        if speaker is None and partial:  # `Huckabee, the former governor, proposed we "wake up and …"`
            speaker = _judged_by_subject(paragraph, span, spans, before, people, paragraph_speaker, context)
        if speaker is None and _CONJOINED_CUE.match(before):
            speaker = _sentence_subject(paragraph[: span.mark], people)  # `X …, but cautions that "…"`
        if speaker is None and not partial and re.search(r"[.!?]\s*$", before):
            speaker = _sentence_subject(before.rstrip(), people, named_only=True)  # `X returned to it. "…?"`
            speaker = speaker or _described_subject(before.rstrip())  # "The Christian leader related …. "…""
        if speaker is None and not partial and _PARTICIPLE_CUE.search(before):
            speaker = _sentence_subject(paragraph[: span.mark], people)  # `X …, "…" -- and …, asserting, "…"`
        if speaker is None and not partial and not dashed and _SET_OFF_BY_DASHES.search(before):
            speaker = _sentence_subject(before, people, named_only=True)  # `Trump embraced torture -- "…"`
        if speaker is None and dashed:  # `Mr. Trump …, treating her remark as a compliment -- "…" --`
            speaker = _sentence_subject(paragraph[: span.mark], people)
        if speaker is None and _SUBJECT_LINE.search(before):
            speaker = _sentence_subject(before, people)  # `X sent a note with the subject line, "…"`
        if speaker in PRONOUNS:
            known = paragraph[: span.start]
            if not cue_after:  # `He called Ryan a "…"`: who he is was settled before "Ryan"
                said_by = list(re.finditer(rf"\b{speaker}\b", paragraph[: span.mark], re.IGNORECASE))
                known = paragraph[: said_by[-1].start()] if said_by else known
            fresh = reporters_in(before, people) if results else []  # "…," he said. Tim Kaine said …
            asked = _ASKED_WHETHER.search(_last_sentence(context.previous)) if not before.strip() else None
            if asked and cue_after and not _ASKING_CUE.match(after) and people.knows(asked.group("whom")):
                fresh = [people.fullest(asked.group("whom"))]  # "X asked Sanders whether …": his answer
            told = _TOLD_SOMEONE.match(after) if cue_after else None  # (`"…," he told Rubio`: not Rubio)
            listener = told.group("whom") if told else None
            speaker = _resolve_pronoun(
                speaker, known, paragraph_speaker, context, people, fresh, listener, span.text
            )
        if (
            speaker is None
            and partial
            and results
            and results[-1][1]
            and _same_sentence(paragraph, results[-1][0], span)
        ):
            speaker = results[-1][1]  # `X said the law is "A" and "B."`
        if speaker is None and results and results[-1][1] and _CONJUNCTION_THEN_QUOTE.search(before) \
                and span.text[:1].isupper():  # fmt: skip
            speaker = results[-1][1]  # `"…," he said outside. But "Trump's candidacy is …"`: he goes on
        if speaker is None and listed:
            speaker = listed  # (`l … this makes sense because "…"`: the lead-in's speaker's words)
        if speaker is None:
            own_sentence = bool(  # “Mr. D’Souza?” I had prepared a statement …: the quote is no "I"'s
                re.search(r"[.!?]\W*$", span.text) and re.search(r"^[A-Z].*[.!?]$", after.strip(), re.DOTALL)
            )
            if (_speech_like(span) or partial) and not own_sentence:
                pending.append(len(results))  # "A," he said, "B." : the first half waits for its cue
            results.append((span, None, partial))
            continue
        paragraph_speaker = speaker
        for waiting in pending:
            earlier, _, was_partial = results[waiting]
            if not was_partial or _same_sentence(paragraph, earlier, span):
                results[waiting] = (earlier, speaker, was_partial)
        pending = []
        results.append((span, speaker, partial))
    return [(span, speaker, partial) for span, speaker, partial in results if speaker is not None]


_CONJUNCTION_THEN_QUOTE = re.compile(r"[.!?]\s+(?:But|And|Yet|Still)\s*$")
"""A sentence of only a conjunction and a quote, right after a quote and its cue: the same voice."""


_DASHED_LABEL = re.compile(
    r"(?:\s[-–—]\s*|\bMore from\s+)(?P<who>[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*){0,5})$"
)
"""A newsletter item's author set off by a dash or "More from" before a colon ("POLLS NOT WRONG -
Mark Blumenthal and Jon Cohen:", "More from Jones:"): the quote after the colon is theirs."""


_CLOSING_CREDIT = re.compile(r"\[(?P<who>[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,2})\.\]\s*$")
"""The credit a newsletter item ends on: "[AP.]", "[WaPo.]", "[Mother Jones.]"."""


_OUTLET_SHORT_FORMS = {
    "WaPo": "The Washington Post",
    "NYT": "The New York Times",
    "WSJ": "The Wall Street Journal",
    "LAT": "Los Angeles Times",
}
"""Newsroom short forms of a few outlets, written out as readers know them."""


_JUDGING_VERB = re.compile(
    r"\b(?:brand|label|dismiss|denounc|decr[iy]|prais|laud|hail|tout|pledg|accus|charg|liken|compar|"
    r"advocat|promot|promis|hammer|slam|blast|attack|critici[sz]|condemn|warn|urg|vow|describ|"
    r"characteri[sz]|mock|derid|lambast|bash|ridicul|applaud|blam|reject|call|rail|propos|suggest|credit)\w*\b"
)
"""Verbs by which a subject judges or names something in its own words: a short quoted phrase
after one is the subject's ("Trump hammered the media for its "phony polls"")."""


_NEW_SUBJECT_CLAUSE = re.compile(
    r",\s+(?:while|whereas|although|though|but|and)\s+(?=[A-Z])|\s+(?:while|whereas)\s+(?=[A-Z])|;\s+"
)
"""Where a sentence's second clause with a subject of its own begins ("…, while Huckabee proposed"),
not a subject of two names ("Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky do it")."""


def exchange_answerer(turns: Sequence[tuple[str, bool]]) -> str | None:
    """Who answers, in an exchange of questions and answers ("“…?” Alito asked." "“…,” Prelogar
    said." "“…?” Alito interjected."), the question the last paragraph ended on: the one who answered
    the question before. A paragraph of only a quote after it, with no cue, is theirs. One question
    is not enough: a speaker's rhetorical question is followed by more of their own words."""
    if len(turns) < 3:
        return None
    (asker, asked_before), (answerer, _), (last, asked) = list(turns)[-3:]
    return answerer if asked and asked_before and asker == last and answerer and answerer != asker else None


def _judged_by_subject(paragraph: str, span: Span, spans: list[Span], before: str, people: People,
                       paragraph_speaker: str | None, context: Context) -> str | None:  # fmt: skip
    """The subject of the sentence whose judging or speech verb a partial quote follows, unless the
    quote is said to be someone's own words ("using her comments … that "…"")."""
    owned_words = _OWNED_WORDS.search(before[-160:])
    owner = owned_words and _owner_of_words(owned_words, paragraph, span, people, paragraph_speaker, context)
    if owner:
        return owner
    sentence = _last_sentence(paragraph[: span.mark])
    sentence_start = span.mark - len(sentence)
    if any(other.mark - 1 <= sentence_start <= other.end for other in spans if other.end < span.mark):
        sentence = _last_sentence(before)  # `"…," said Rep. George Miller, one of the "big four"`:
        # the sentence opens with a quote, so the writer's words begin after it
    put_it = _as_someone_put_it(before, people)
    if put_it:  # "who owed his election to, as an American diplomat put it, an ''extreme makeover''"
        return put_it
    going_on = _PARTICIPLE_GOING_ON.search(before)
    said_then = _SAID_THEN_PARTICIPLE.search(before[: going_on.start()]) if going_on else None
    speaker = speaker_named(said_then.group("who"), people) if said_then else None
    if speaker:  # "Trump's "excesses" are sickening, Hollande said Tuesday in Paris, noting the
        return speaker  # Republican nominee "makes you want to retch"": Hollande goes on
    labelled = _NAME_LABELLED_AS.search(before)
    if labelled:  # "the suicide of Vincent Foster, an incident Trump brought up as "very fishy"": Trump's
        speaker = speaker_named(labelled.group("who"), people)
        if speaker:
            return speaker
    remarks = _REMARKS_MADE_IN.search(sentence)
    if remarks:  # "… comments Trump made in 2006 saying he "sort of hopes" … because "people like me …"":
        speaker = speaker_named(remarks.group("who"), people)  # the second quote is in the same remarks
        if speaker:
            return speaker
    interjected = _INTERJECTED_SPEAKER.search(sentence)
    if interjected:  # "Vice President Joe Biden, Rubio said, had been … "a thousand years"": Rubio's
        who = interjected.group(1)
        if who.lower() in ("he", "she", "they"):
            return _resolve_pronoun(who.lower(), paragraph[: span.start], paragraph_speaker, context, people)
        named = speaker_named(who, people)
        if named:
            return named
    verbs = [*_JUDGING_VERB.finditer(sentence), *VERB.finditer(sentence)]
    if not verbs:
        return None
    up_to_verb = sentence[: max(verb.start() for verb in verbs)]
    clause = _NEW_SUBJECT_CLAUSE.split(up_to_verb)[-1]
    if clause == up_to_verb:  # "The anxiety … was underscored when Paul D. Ryan lamented the "…"": Ryan
        clause = _CLAUSE_BEFORE_ITS_SUBJECT.sub("", up_to_verb)
    named = subjects_in(clause, people) if clause != up_to_verb else []
    if named:  # `X signed an order, while Huckabee, the former governor, proposed we "…"`: Huckabee
        return people.fullest(named[0])
    pronoun_clause = _PRONOUN_CLAUSE.search(up_to_verb)
    if pronoun_clause and any(sentence_start <= other.start < span.start for other in spans):
        pronoun = pronoun_clause.group(1)  # "Mr. Obama decried the "…," and he foreshadowed … by
        return _resolve_pronoun(pronoun, paragraph[: span.start], paragraph_speaker, context, people)
        # urging "…"": the second quote's "he" is the sentence's subject, not a name in its opening
    owned = _owned_people(_sentence_opening(sentence), people)
    if owned:
        return owned  # "Scott's relatives … said they came away with "…"": the relatives
    set_off = _NAME_AFTER_FRONTED_PHRASES.fullmatch(up_to_verb.strip())
    named_last = people_in(set_off.group("who"), people) if set_off else []
    if named_last and set_off.group("who").endswith(named_last[-1].split()[-1]):
        return people.fullest(named_last[-1])  # "In his 2004 convention speech, a testimonial to John
        # Kerry, the Democratic nominee that year, Mr. Obama decried the "…"": Obama, not Kerry
    subject = _subject_phrase(sentence)
    if subject and subject.lower() in ("he", "she", "they"):
        pronoun = subject.lower()
        return _resolve_pronoun(pronoun, paragraph[: span.start], paragraph_speaker, context, people)
    advert = NAMED_ADVERT.match(_sentence_opening(sentence))
    if advert:  # "One Club for Growth ad, which is currently airing, argues that "…"": the group's
        return advert.group("who")
    named = subjects_in(sentence, people)
    if named:
        return people.fullest(named[0])
    campaign = NAMED_CAMPAIGN.match(_sentence_opening(sentence))
    if campaign:  # "Last week, the Clinton campaign also called on … an "expedited review"": the campaign
        return re.sub(r"^The\b", "the", campaign.group(0))
    return re.sub(r"^The\b", "the", subject) if subject and is_org(subject) else None


_PRONOUN_CLAUSE = re.compile(r"[\"”'],?\s+(?:and|but)\s+(he|she|they)\s+[a-z]+[^\"“”]*$")
"""A clause of its own after a quote, with a pronoun for its subject: ``"…," and he foreshadowed``."""


_RELATIVE_BY_SAYING = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*(?P<body>\s+(?:party|campaign|group|government))?),\s+"
    r"(?:which|who)\s+[^,;\"“”]{0,100}?\bby\s+(?:saying|claiming|arguing|insisting|warning|declaring)\b"
    r"(?:\s+that)?[^\"“”.;]{0,80}$"
)
"""Someone named, then a relative clause in which they do something by saying the quote: theirs."""


_RELATIVE_SAID = re.compile(
    r",\s+(?:which|that)\s+(?P<who>(?:an?|the)\s+[^,;\"“”]{2,40}?|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+"
    r"(?:said|says|found|concluded|ruled)\s+(?:was|is|were|are|had\s+been|has\s+been|would\s+be)\s*[\"“]?$"
)
"""A relative clause with its own speaker before a quote: "…, which an FBI investigation said was "…"."""


_NAME_AFTER_FRONTED_PHRASES = re.compile(
    r"(?:In|At|During|Throughout|On|After|Before|Since)\s[^\"“”]{3,200},\s+"
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)(?:\s+(?:also|then|again))?"
)
"""A sentence that opens on phrases set off by commas, then a bare name and its verb: that name is
the subject, not one inside the phrases."""


_INTERJECTED_SPEAKER = re.compile(
    r",\s+((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+|he|she|they)\s+"
    r"(?:said|says|argued|argues|claimed|claims),\s+[a-z]"
)
"""A cue set off by commas inside the writer's sentence, before its predicate: "Joe Biden, Rubio said,
had been …": the words that follow are the interjected speaker's claim."""


_NAME_LABEL = re.compile(
    r"(?!(?:Of|On|About|To|For|In|As|At|With|From|And|But|Then|So)\b)(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
)
"""A name alone before a colon, labelling the quote after it (not "Of Clinton:", a topic)."""


_DESCRIBED_NEXT = re.compile(
    r"(?:That|This|So|Such)\s+(?:was|is)\s+how\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:,[^,.]{0,80},)?\s+(?:[a-z]+\s+){0,2}?(?:described|put|summed|explained|characterized|saw|sees)\b"
)
"""The paragraph after a quote that says whose words they were: "That was how Jeffrey Bewkes, the
chief executive of Time Warner, once described his company's … merger with AOL."""


_PRONOUN_LEAD_IN = re.compile(
    rf"(He|She|They)\s+(?:[a-z]+\s+){{0,2}}?(?:{SPEECH_VERBS}|addressed|addresses|turned to|turns to|"
    r"played up|plays up|made (?:the|his|her|their) case|makes (?:the|his|her|their) case)\b"
    r"[^.!?;:\"“]{0,80}"
)
"""A lead-in whose subject is a pronoun and whose verb is one of speaking, addressing or arguing: "She
then addressed the supporters again", "He also played up his … strength" (not "She sings on behalf of
anyone …:", a song's words)."""


_SOMEONE_DID = re.compile(
    r"(?:^|,\s+)(?P<who>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"\s+(?:[a-z]+ed|said|says|wrote|writes|told|tells)\b"
)
"""Someone unnamed who did or said something before a colon: "a familiar voice celebrated"."""


_SECOND_CLAUSE_CUE = re.compile(
    rf"[,;]\s*(?:and|but)\s+(?:then\s+)?((?:[A-Z][\w’'.-]+\s+){{0,3}}[A-Z][\w’'.-]+)\s+(?:{SPEECH_VERBS})\s*$"
)
"""A lead-in whose second clause names who speaks: "The New York Times made these same allegations
…, and Breitbart News responded:"."""


_SAID_THAT = re.compile(rf"\b(?:{SPEECH_VERBS})\b(?:\s+\w+){{0,3}}\s+that\s*$")


_BODY_SUBJECT = re.compile(r"The\s+((?:[A-Z][\w’'.-]*\s+){1,3}[a-z]+)\b(?=,|\s+[a-z]+ed\b)")
_BODIES = frozenset({"campaign", "administration", "committee", "department", "office", "government"})
"""A body named as a sentence's subject before a colon: "The Clinton campaign, in a Q&A …, worded
it even more carefully:"."""


def _second_clause_speaker(lead_in: str, people: People) -> str | None:
    answered = _SECOND_CLAUSE_CUE.search(lead_in)
    return speaker_named(answered.group(1), people) if answered else None


_AND_DOING = re.compile(
    r"^[^.!?;]{0,60}\band\s+(?:then\s+|later\s+|also\s+)?(?:asking|saying|adding|noting|writing|calling|warning)\W*$"
)
"""Between two quotes of one sentence, a second participle with no subject of its own: the one who
gave the first quote gives the second."""


_LATER_ON = re.compile(
    r"(?:Then|Later|Afterwards?|(?:Days|Weeks|Months|Years) later|The next (?:day|week|month))\b"
    r"[^.!?\"“”]{0,50}"
)
"""A lead-in that only says when (and where) the last speaker spoke again: "Then, later that month on
CNN:"."""


_PARTICIPLE_CUE = re.compile(rf",\s*(?:{SPEECH_VERBS})\s*[,:]?\s*$")
"""`…, asserting, "…"` with the sentence's subject before an earlier quote of the sentence."""


_SET_OFF_BY_DASHES = re.compile(r"(?:--|[—–])\s*$")
_SET_OFF_BY_DASHES_AFTER = re.compile(r"\s*(?:--|[—–])")


def _set_off_by_dashes(before: str, after: str) -> bool:
    return bool(_SET_OFF_BY_DASHES.search(before) and _SET_OFF_BY_DASHES_AFTER.match(after))


def _named_before_dash(before: str, people: People) -> str | None:
    """A quote set off by dashes right after a name is that person's words: "… including the
    former presidential candidate Mitt Romney -- "It is disqualifying …" --"."""
    lead = _SET_OFF_BY_DASHES.sub("", before.rstrip()).rstrip()
    named = people_in(lead[-60:], people)
    if named and not is_org(named[-1]) and lead.endswith(named[-1].split()[-1]):
        return people.fullest(named[-1])
    return None


_TRANSCRIPT_LABEL = re.compile(r"(?P<label>[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){0,2}):\s+(?=\S)")


_SOCIAL_CREDIT = re.compile(
    r"(?:Follow|Like|Subscribe to)\b[^.!?]{0,60}?\b(?:on|at)\s+(?:Twitter|Facebook|Instagram|YouTube|X)\b"
)


def _transcript_turn(paragraph: str, span: Span, people: People) -> tuple[Span, str] | None:
    """A quoted transcript's turn (`"PENCE: Well, look, …`, as sites print a broadcast interview
    inside one quote): the words after the label, and the person the label names (the article's
    fullest form of the name: PENCE is Mike Pence)."""
    if paragraph[: span.mark].strip() or span.start != span.mark + 1:
        return None
    label = _TRANSCRIPT_LABEL.match(span.text)
    if not label:
        return None
    speaker = speaker_named(label.group("label").title(), people)
    if not speaker:
        return None
    cut = label.end()
    return replace(span, start=span.start + cut, text=span.text[cut:]), speaker


def credit_line(line: str, people: People, dashed_only: bool = False) -> str | None:
    """The person a credit line under a quote names, where the quote's closing mark comes after
    the credit ("Norman Ornstein, American Enterprise Institute scholar, on Donald Trump.\"") or
    a dash leads it ("— Mo Elleithee, Georgetown University", a fact check's "- Sanders."); None
    for any other line, and for a line with no dash when the quote above it is closed."""
    credit = _CREDIT_LINE.match(line) or _DASHED_SURNAME.match(line) or _DASHED_NAME_APPOSED.match(line)
    if not credit or (dashed_only and not credit.group("dash")):
        return None
    occasion = credit.group("dash") and _OCCASION.match(credit.group("role") or "")
    if VERB.search(credit.group("role") or "") and not occasion:
        return None  # "Smith, a lawyer, said …" is a sentence of the story
    named = people_in(credit.group("who"), people)
    return named[0] if named and not is_org(named[0]) else None


_CREDIT_LINE = re.compile(
    r"^\s*(?:(?P<dash>[—–-])\s*)?(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}?)"
    r"(?:,\s+(?P<role>[^\"“”]{3,160}?))?\s*(?(dash)\.?[\"”]?|[\"”])\s*$"
)


_OCCASION = re.compile(r"(?:[a-z]+ing|in|on|at|during|after)\s")
"""How a dashed credit's speaker said it ("-President Obama, tweeting after Clinton's speech."):
no sentence of the story, though its verb is one of speech."""


_DASHED_NAME_APPOSED = re.compile(
    r"^\s*(?P<dash>[—–―])\s*(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?P<role>[^,;“”\"]{3,120}),\s"
)
"""A dashed credit whose line goes on after the credited person's description ("—Tarek Mansour, CEO
and founder of …, tries to justify …, 404 Media reports."): the person, described."""


_DASHED_SURNAME = re.compile(r"^\s*(?P<dash>[—–-])\s*(?P<who>[A-Z][\w’'-]+)(?P<role>)\.?\s*$")
"""A credit of one name under a quote ("- Sanders."), for a person the story has named in full."""


MAX_HEADING_WORDS = 8


def _is_heading(paragraph: str, span: Span) -> bool:
    """A paragraph that is only a few quoted words with no sentence end: a subheading quoting
    the story ("Alarming mortality rate"), said where the article says it in full."""
    if WORD.search(paragraph.replace(span.text, "")):
        return False
    words = WORD.findall(span.text)
    return len(words) <= MAX_HEADING_WORDS and not span.text.rstrip().endswith((".", "!", "?", ",", "…"))


_FIRST_PERSON = frozenset({"I", "I’m", "I'm", "I’ve", "I've", "I’ll", "I'll", "I’d", "I'd"})
"""Capitalised in any sentence, so no sign of a title."""


_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by"})
"""Words a title leaves in lower case ("Man of the World")."""


def _is_speech(span: Span, before: str, after: str, partial: bool, repeated: set[str]) -> bool | str:
    words = WORD.findall(span.text)
    if not words or NOT_SPEECH_CUES.search(before, max(0, len(before) - NOT_SPEECH_CUES_REACH)):
        return False
    if re.fullmatch(r"\s*(?:https?://|www\.)\S+\s*", span.text) or _CREDITED_HEADLINE.match(after):
        return False  # a link in a stray mark; `—"Pop-up art show …," by DNAinfo's Eddie Small:` a headline
    if re.search(r"\w=$", before):
        return False  # `<tweet tweet-date="March 12, 2016">`: a markup attribute's value left in the text
    if _WORK_AFTER.match(after):
        return False  # `set to publish ''Trump Revealed,'' a biography written by …`: the book's title
    near_after = " ".join(after.split()[:4])
    said_here = bool(_CUE_JUST_BEFORE.search(before[-60:]) or _CUE_RIGHT_AFTER.match(near_after))
    if len(words) <= 6 and word_key(span.text) in repeated and not said_here:
        return False  # a slogan written twice, unless a cue says it here (`"…," he said`)
    capitalised = sum(1 for w in words if (w[0].isupper() or w[0].isdigit()) and w not in _FIRST_PERSON)
    # ("You know, I love …" is no title; "60 Minutes" is)
    if len(words) <= 6 and (words[0][0].isupper() or words[0][0].isdigit()) \
            and _SHOW_BEFORE.search(before, max(0, len(before) - 80)) \
            and capitalised >= 0.6 * len(_content_words(words)):  # fmt: skip
        return False  # he said on (CNN's) "Meet the Press.": a show's title, whatever its full stop
    cued = said_here  # `blurted out, "Oh, God,"` / `"You know, I love Larry," he said`: said, not a title
    content_words = _content_words(words)  # "Man of the World,"
    title_case = sum(1 for w in content_words if w[0].isupper()) >= 0.6 * len(content_words)
    if 2 <= len(words) <= MAX_TITLE_WORDS and title_case and words[0][0].isupper() \
            and not span.text.rstrip().rstrip(",").endswith((".", "!", "?")) and not cued:  # fmt: skip
        return False  # a title or a name in Title Case ("lead to World War Three," is not one, nor is
        # "Go Donald Trump, go!!!,")
    if len(words) == 1 and partial and words[0][:1].isupper():
        return False  # the set of “Fargo”: one capitalised word is a name
    if len(words) < MIN_UNCUED_WORDS and partial:  # a scare quote, unless someone is said to say it
        said_at_end = _SAID_AT_SENTENCE_END.search(_first_sentence(after))  # (`"velvet gloves" in …, said X`)
        return True if _cue_adjacent(before, after) or _reported_speech(before) or said_at_end else MAYBE
    return True


_SHOW_BEFORE = re.compile(
    r"\b(?:(?:on|in|of|from|to)(?:\s+[A-Z][\w.-]*(?:['’]s|[sS]['’]))?|(?:told|tells)\s+[A-Z][\w.-]*['’]s)\s*$"
)
"""Words before a show's title: `on "Meet the Press"`, `to ABC's "This Week"`, `told NBC's "Today"`. (Searched
for only in a quote's last 80 letters before it: no cue is longer.)"""


_WORK_AFTER = re.compile(
    r"[,\s]*(?:a|an)\s+(?:new\s+|\d{4}\s+)?(?:biography|book|novel|memoir|documentary|film|movie|collection|"
    r"album|play|musical)\b"
)
"""Words after a title that say what it names: `''Trump Revealed,'' a biography`."""


_SAID_AT_SENTENCE_END = re.compile(
    r",\s+(?:said|says|added|adds)\s+(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+(?:,[^.;]{0,120})?\.?\s*$"
    r"|,\s+the\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:said|says|writes|wrote)\.?\s*$"
)
"""A sentence that ends on its speech verb and speaker ("…, it has used "velvet gloves" in its dealings
with Central Asia, said Nargis Kassenova, an …", "…, the editorial board writes."): a short quote in it
is the speaker's."""


_CREDITED_HEADLINE = re.compile(r"\s*,?\s*by\s+(?:the\s+)?(?:[A-Z][\w.&-]*[’']s?\s+)?[A-Z][\w.-]*\s+[A-Z]")
"""A quote followed by its author's credit ("…," by Times' Ben Sisario): a digest's headline."""


def _content_words(words: list[str]) -> list[str]:
    """The words a title capitalises ("State of the Union": State, Union)."""
    return [w for w in words if w.lower() not in _TITLE_SMALL_WORDS] or words


_VERB_JUST_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})\s*$")


_CUE_JUST_BEFORE = re.compile(
    rf"\b(?:{SPEECH_VERBS})\s*[,:]\s*$"
    r"|\b(?:telling|told|tells|urging|urged|ordering|ordered)\s+(?:(?:his|her|their|the)\s+)?(?:[\w’'.-]+\s+){0,3}to\s+$"
)
"""A cue right before a quote: "he said, "…"", and one that tells someone to do what it quotes
("telling his lawyer Chris Kise to "control your client""), however often the words are repeated."""


def _reported_speech(before: str) -> bool:
    """The sentence reports what someone said: "… said in a letter that the risks were "…""."""
    sentence = _last_sentence(before)
    verb = VERB.search(sentence)
    if _CLAIM_THAT.search(sentence):
        return True  # "De Blasio also repeated his claim that "profit-making" was the motivation"
    return bool(re.search(rf"\b(?:{SPEECH_VERBS})\b[^;]{{0,160}}?\bthat\b", sentence)) or bool(
        verb and _REPORTED_CLAUSE.match(sentence, verb.end())  # "said the United States would take "…""
    )


_CLAIM_THAT = re.compile(
    r"\b(?:his|her|their|its)\s+(?:claim|argument|assertion|contention|insistence|warning|charge)\s+that\b"
)


_WORDS_NOUN = (
    r"(?:claims?|comments?|remarks?|words|statements?|assertions?|contention|insistence|warnings?|charges?|"
    r"arguments?|testimony|promises?|pledges?|vows?|declarations?|admission|predictions?|boasts?|complaints?|"
    r"quip|tweets?)"
)
_OWNED_WORDS = re.compile(
    r"(?:^|(?<=\s))(?P<owner>[Hh]is|[Hh]er|(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+[’']s?)\s+"
    rf"(?:[a-z]+\s+){{0,2}}?{_WORDS_NOUN}\b(?:[^.;:!?\"“”]{{0,80}}?\bthat|\s*[,:])\s*$"
    rf"|\b{_WORDS_NOUN}\s+(?:made\s+(?:[a-z]+\s+)?)?(?:from|by)\s+(?P<by>[^.;:!?\"“”]{{3,80}}?)\s+that\s*$"
    r"|(?:^|(?<=\s))(?P<caller>(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+)[’']s\s+(?:[a-z]+\s+)?calls?\s+for\s*$"
    r"|\b(?:an?|the)\s+(?:new\s+)?(?:report|story|article|editorial)\s+(?:in|by)\s+"
    r"(?P<outlet>(?:The\s+)?(?:[A-Z][\w’'.&-]+\s+){0,4}[A-Z][\w’'.&-]+)(?:\s+(?:this|last)\s+[a-z]+)?"
    r"\s+(?:about|on)\s+[^.;:!?\"“”]{3,80}?$"
)
"""A partial quote that someone's words are said to be: "her comments before a special House Benghazi
committee that "…"", "Trump's claim that "…"", "comments from former Secretary of Defense Leon
Panetta that "…"", "a report in The Wall Street Journal this week about his campaign "…"" (the
paper's): the owner's words, not the sentence subject's."""


_OWNERS_QUOTED_WORDS = re.compile(r"((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+)[’']s\s*$")
"""A name's possessive right before a quote: "Obama's "if you like your plan, you can keep it" promise"."""


_WORDS_NOUN_AFTER = re.compile(
    r"\s*(?:promise|pledge|vow|line|remark|comment|claim|quip|warning|declaration|refrain|mantra|boast|"
    r"assertion|insistence|statement|tweet|question|answer|response|retort|assurance)s?\b"
)
"""A noun for someone's words right after a quote: the quote is those words."""


def _owner_of_words(owned: re.Match[str], paragraph: str, span: Span, people: People,
                    paragraph_speaker: str | None, context: Context) -> str | None:  # fmt: skip
    """Whose the words are: a name's, or for "his"/"her" the sentence's subject when a person it
    can be ("Cruz repeated his claim that"), else the person the pronoun stands for."""
    if owned.group("by"):
        return speaker_named(owned.group("by"), people)  # "comments from former Secretary … Leon Panetta"
    if owned.group("outlet"):
        return speaker_named(owned.group("outlet"), people)  # "a report in The Wall Street Journal about"
    caller = owned.group("caller")
    if caller:  # "the rally denounced … Donald Trump’s call for "…"": his words
        return people.fullest(caller) if people.knows(caller.split()[-1]) else None
    owner = owned.group("owner")
    if owner.lower() in ("his", "her"):
        pronoun = "he" if owner.lower() == "his" else "she"
        subject = _sentence_subject(paragraph[: span.mark], people)
        if subject in PRONOUNS:
            return subject if PRONOUNS[subject] == PRONOUNS[pronoun] else None
        fits = people.gender(subject) in (None, PRONOUNS[pronoun]) if subject else False
        if subject and fits and people.knows(subject.split()[-1]):
            return subject
        earlier = [*context.mentioned, *people_in(paragraph[: span.start], people)]
        known = next((name for name in reversed(earlier) if people.gender(name) == PRONOUNS[pronoun]), None)
        fitting = [name for name in earlier if people.gender(name) is None and not is_org(name)]
        salient = max(reversed(fitting), key=fitting.count, default=None)  # (the one the story is about)
        return known or salient
    name = re.sub(r"[’']s?$", "", owner)
    return people.fullest(name) if people.knows(name.split()[-1]) else None


_REPORTED_CLAUSE = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|[A-Z][\w’'.-]*)\b[^.;:\"“]{0,120}?"
    r"\b(?:was|were|is|are|would|will|had|has|have|could|should|must|can|did|does|do|may|might)\b"
)
"""What a speech verb reports without "that": "said the decision was …", "said it would …"."""


def _same_sentence(paragraph: str, first: Span, second: Span) -> bool:
    between = paragraph[first.end + 1 : second.mark]
    if re.search(r"[.!?]$", first.text.rstrip()) and re.match(r"\s+[A-Z]", between):
        return False  # `of "fanatic recklessness." South Korean President Park said …`
    ends = re.search(r"[.!?]\s+[A-Z]", between) or re.search(r"[.!?]\s*$", between)
    return not ends and len(between.split()) <= 25


_REPORT_OF_ITS_OWN = re.compile(
    rf"\s*\(?(?:(?:[A-Z][\w’'.-]*\s+){{0,4}}[A-Z][\w’'-]*|[A-Z][a-z’'-]*(?:\s+[a-z][\w’'-]*){{1,3}})"
    rf"\s+(?:{SPEECH_VERBS})\s+"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?"
    r"(?:that|he|she|they|it|we|I|his|her|their)\b"
)
"""A sentence after a finished quote that reports speech of its own ("Ohio Gov. John Kasich said he
would have …", "(Current models say that …)"): its verb is no cue for the quote before."""


def _cue_adjacent(before: str, after: str) -> bool:
    """A speech verb in the few words around a short partial quote: said it was "unacceptable",
    so "know your triggers," she advises."""
    near_before = " ".join(before.split()[-6:])
    near_after = " ".join(after.split()[:4])
    return bool(
        VERB.search(near_before)
        or _CUE_RIGHT_AFTER.match(near_after)
        or _LABELLED_AS.search(before)
        or _NAME_LABELLED_AS.search(before)
    )


_ORG_THEN_WHICH = re.compile(
    r"((?:\b[Tt]he\s+)?(?:[A-Z][\w&’'.-]*\s+){0,4}[A-Z][\w&’'.-]*),?\s+(?:which|that)$"
)


_RELEASED_BY = re.compile(
    r"(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s+(?:released|issued|published|posted|aired|ran|put\s+out)\s+$"
)
"""Who put a document out, right before it: "Trump released [a marketing video that said]"."""


_DOCUMENT_THEN_WHICH = re.compile(
    rf"\b(?P<article>[Tt]he|[Tt]his|an?)\s+(?:[a-z][\w-]*\s+)?(?P<document>{'|'.join(sorted(DOCUMENTS))})\s*(?:--|[—–,])?\s*"
    r"(?:which|that)$"
)
"""A document a speech verb's clause is about: "the study -- which notes that", "under a headline
that said", "released a marketing video that said"."""


_ADVERBS_AT_END = re.compile(
    r"(?:\s+(?:[a-z]+ly|often|always|never|also|still|then|now|later|again|once|too|even|already|sometimes))+$"
)


_COURT_RULED = re.compile(
    r"\b((?:[Tt]he|[Aa])\s+(?:[\w.-]+\s+){0,5}?(?:court|judge|panel|justices))\s+(?:\w+\s+)?"
    r"(?:ruled|decided|found|held|rejected|overruled)\b"
)


_SUBJECT_ASIDE = re.compile(
    r"^((?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*),\s+(?:who\s[^,]{0,80}|[a-z][^,]{0,30}),"
)


_LABELLED_AS = re.compile(
    r"\b(?:pound|attack|paint|portray|brand|label|cast|deride|mock|dismiss|slam|blast|describ|characteriz|"
    r"characteris|criticiz|criticis|go(?:ne|ing)? after|went after|refer(?:red|ring)? to)\w*\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w’'.-]+\s+){1,3}|him\s+|her\s+|them\s+|it\s+)as\s+(?:an?\s+|the\s+)?$"
)
"""Who is labelled with a quoted name: "pounding Trump as a "con artist"", "has gone after Trump as
a "human leech …"": the words of the sentence's subject."""


_NAME_LABELLED_AS = re.compile(
    r"\b(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s+(?:has\s+|had\s+)?"
    r"(?:brought\s+up|brings\s+up|dismissed|dismisses|derided|derides|described|describes|branded|brands|"
    r"labeled|labelled|labels|characterized|characterizes|referred\s+to|refers\s+to)\s+as\s+(?:an?\s+|the\s+)?$"
)
"""A name labelling something the sentence named before: "an incident Trump brought up as "…""."""


_APPOSED_NAME_AFTER = re.compile(r",\s*(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2}),")
"""A name set off by commas right after a description: "(according to his aunt), Jane Starner,"."""


_ACCORDING_RIGHT_AFTER = re.compile(r"\W*according\s+to\s")
"""A quote's source named right after it: `…, while Dallas said there are concerns it "will impact
consumer spending," according to the report.`: the report's, however the sentence began."""


_CUE_RIGHT_AFTER = re.compile(
    rf"\W*(?:(?:[Hh]e|[Ss]he|[Tt]hey|I|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+)?"
    rf"|(?:the|an?)\s+(?:[\w-]+\s+)?[a-z][\w-]*|the\s+(?:[A-Z][\w-]+\s+){{0,2}}[A-Z][\w-]*)\s+)?(?:{SPEECH_VERBS})\b"
)  # "…," he says / I said / Mr. Trump said / the conference speaker says / the Times reported / a young
# woman exclaimed


_SUBORDINATE_FIRST = re.compile(
    r"\s*(?:Although|Though|While|Whereas|Because|Unless|Until|Once|If|Since|After|Before)\s"
)
"""A sentence opening on a subordinate clause: the writer's own sentence, never a quote's cue."""


def _outside_before(paragraph: str, span: Span, spans: list[Span]) -> str:
    """The writer's words before a span, back to the previous span."""
    previous_end = max((s.end + 1 for s in spans if s.end < span.start), default=0)
    return paragraph[previous_end : max(previous_end, span.mark)]


def _outside_after(paragraph: str, span: Span, spans: list[Span]) -> str:
    """The writer's words after a quote, up to the next quote; through a name or a term quoted in
    the middle of them (`"…," Texas delegate Bill Eastland, wearing "Ted Cruz" pins, said`)."""
    later = sorted((s for s in spans if s.start > span.end), key=lambda s: s.mark)
    end = len(paragraph)
    for other in later:
        between = paragraph[span.end + 1 : other.mark]
        short = len(WORD.findall(other.text)) <= _INNER_TERM_WORDS
        term = short and not re.search(r"[.!?,;:]\W*$", other.text)
        if not (term and re.search(r"[a-z]\s+$", between)):
            end = other.mark
            break
    return paragraph[min(len(paragraph), span.end + 1) : max(span.end + 1, end)]


_INNER_TERM_WORDS = 3


def _is_quote_only(paragraph: str, spans: list[Span]) -> bool:
    outside = paragraph
    for span in spans:
        outside = outside.replace(span.text, "")
    return next(islice(WORD.finditer(outside), 2, None), None) is None  # (no third word: stop looking)


def _is_partial(before: str) -> bool:
    """A few words quoted inside the writer's own sentence: no comma, colon or sentence start before."""
    before = before.rstrip()
    if not before or before.endswith((":", ",", ".", "?", "!", "—", "–", "-", "(")):
        return False
    return not re.search(rf"\b(?:{SPEECH_VERBS})$", before, re.IGNORECASE)


def _speech_like(span: Span) -> bool:
    words = WORD.findall(span.text)
    return len(words) >= 5 or (len(words) >= 2 and bool(re.search(r"[.!?,]\s*$", span.text)))


def _first_sentence(text: str) -> str:
    """Up to the first sentence end, not fooled by "D.C." or "Jr." or "U.S."."""
    for match in _SENTENCE_END.finditer(text):
        if not _abbreviation_ends(text, match.end()):
            return text[: match.end()]
    return text


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"‘(])")


def _abbreviation_ends(text: str, end: int) -> bool:
    """The text up to ``end`` ends in "Mr." or "U.S.": no sentence end. Only its last few characters
    are searched (the whole prefix, for every full stop, made long articles slow)."""
    opener = _SENTENCE_OPENER.match(text, end)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if opener and text[max(0, end - 4) : end] in ("U.S.", "D.C.", "U.K."):
        return False  # "… entering the U.S. While Clinton has …": a place ends the sentence
    return bool(ABBREVIATIONS.search(text, max(0, end - 16), end))


_SENTENCE_OPENER = re.compile(
    r"\s*(?:While|But|However|The|In|And|He|She|They|It|This|That|Although|When|After|Yet|Still|Now|So)\b"
)


_NAME_THEN_PAST_VERB = re.compile(r"(?P<who>(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)\s+[a-z]{3,}ed\.?\s*")
"""A sentence of only a person's name and a past-tense verb right after a quote (`"…," Hannity
started.`, `"…?" Hannity pressed.`): the layout of a cue whatever the verb."""


_AS_SOMEONE_DID = re.compile(
    r"as\s+(?P<who>(?:the\s+[a-z]+\s+)?(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:[a-z]+ly\s+)?did\b"
)
"""A quote's cue that says someone did what the sentence's verb says ("… report that "…," as Heather
Childers recently did"): the words are theirs."""


def _speaker_after(after: str, people: People) -> str | None:
    """`…," Heyward said` / `…," said U.S. Attorney Nealy Cox` / `…," he told reporters` / `— X` /
    `…” ― Oscar P. Quintero`."""
    layout = re.match(r"^\s*[—–―-]\s*(?P<who>[A-Z](?:[^,.;]|(?<=\s[A-Z])\.){2,60})", after)
    if layout:
        return speaker_named(layout.group("who"), people)
    text = _first_sentence(after.lstrip(" ,.;:!?—–-\u00a0"))
    if not text:
        return None
    came = _CAME_FROM.match(text)
    if came:  # `"Call the roll," came shouts from the crowd`: the crowd's
        return came.group("who")
    did = _AS_SOMEONE_DID.match(text)
    if did:  # `report that "…," as Heather Childers recently did`: hers
        return speaker_named(did.group("who"), people)
    recalled = _RECALLS_SOMEONE_SAYING.match(text)
    if recalled:  # `"…," Ms. Mason recalls her editor telling her`: the editor said it
        return speaker_named(recalled.group(1), people)
    quoted = _QUOTED_AS_SAYING.match(after.lstrip(" ,"))
    if quoted:  # `"…," the website quoted Ms. Simonyan, the editor, as saying`
        return speaker_named(strip_titles(quoted.group("who").split(",")[0]) or quoted.group("who"), people)
    verb_first = VERB_FIRST.match(text)
    if verb_first and _TELLING.fullmatch(text.split()[0]):
        return None  # `…as "fantastic," telling reporters on Friday`: the ones told, not the speaker
    if verb_first:  # said X
        who = DATE_WORDS.sub("", verb_first.group("who").strip())
        who = re.split(r"(?<!known)(?<!identified)\s+(?:as|while|when|after|before|during)\s+", who)[0]
        # ("said Trump as he dined", not "said the base chief known as Bob")
        writing_for = re.match(r"(.+?)\s+(?:for|of)\s+(?:the\s+)?[A-Z]", who)  # "wrote Cameron Easley for
        named = people_in(writing_for.group(1), people) if writing_for else []  # Politico", "said Heiserman
        if named and writing_for.group(1).endswith(named[-1].split()[-1]):  # of the CORE Teachers"
            who = writing_for.group(1)
        return speaker_named(who, people) if who else None
    verb = VERB.search(text)
    inverted = NAME_AFTER_VERB.match(text, verb.end()) if verb else None
    aside = text[: verb.start()].strip() if verb else ""
    described = re.match(r"(?:an?|the|one|another|some)\s", aside)  # (`," a source, …, told Fox`: no aside)
    aside_only = aside.endswith(",") and aside[:1].islower() and len(aside.split()) <= 16 and not described
    if inverted and aside_only:
        speaker = speaker_named(inverted.group(1), people)  # `"…," like the recent swings, said Curtin`
        if speaker:
            return speaker
    if verb and verb.start() > 0:  # X said
        who = re.sub(r"^as\s+", "", text[: verb.start()].strip(" ,"))  # `"…," as X puts it`
        aside = who.rsplit(",", 1)[-1].strip()
        if aside == who and _PREPOSITION_FIRST.match(who):
            return None  # `"…" in the way the United States responds to threats`: the writer's words
        short_name = len(aside.split()) <= 3 and aside[:1].isupper()
        if re.match(r"(?:of|for|about|on|in|to|at|from|with)\s", who) and aside != who and short_name:
            return speaker_named(aside, people)  # `"…" of the Clinton proposals, Mr. Holtz-Eakin said`
        described_aside = re.fullmatch(r"(?:the|a|an|some|many)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+", aside)
        if aside != who and described_aside and _PARTICIPLE_PHRASE.match(who):
            return aside  # `"…" fostered by Trump and other GOP hopefuls, the groups say`
        ends_on_cue = not text[verb.end() :].strip(" .")
        if aside != who and described_aside and ends_on_cue and re.match(r"(?:who|which|that)\s", who):
            return aside  # `an "articulate conservative" who has won …, the editorial board writes.`
        name_only = all(word[:1].isupper() for word in aside.split())  # ("Bozell", not "CEO of Take-Two")
        if aside != who and short_name and ends_on_cue and name_only and people.knows(aside.split()[-1]):
            return speaker_named(aside, people)  # `"…," the dawn of the movement, Bozell says.`
        if SUBJECT_START.match(who) or len(who.split()) <= 3 or not CLAUSE_WORDS.search(who):
            return speaker_named(who, people)  # a subject right after the quote, not a clause of the writer's
        if aside != who and (aside.lower() in PRONOUNS or short_name):
            return speaker_named(aside, people)  # `"…" and get away with it if …, he says`
        return None
    layout_cue = _NAME_THEN_PAST_VERB.fullmatch(text)
    if layout_cue and people.knows(layout_cue.group("who").split()[-1]):
        return speaker_named(layout_cue.group("who"), people)  # `"…?" Hannity pressed.`
    in_view = _IN_ONES_VIEW.search(text)
    if in_view and len(text.split()) <= 14:  # `"…" from diplomacy to the defense budget, in Bolton’s view.`
        return speaker_named(in_view.group("who"), people)
    according = ACCORDING.search(text)
    if according and len(text[: according.start()].split()) <= 3:
        return speaker_named(according.group("who"), people)  # (not a next sentence's own source:
    return None  # `"…?" Dalton Brody is a store …, according to its website`)


_IN_ONES_VIEW = re.compile(
    r",\s+in\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*?)[’']s?\s+(?:view|opinion|words|telling)\.?\s*$"
)
"""A quote's owner given after it as a point of view: `"…," in Bolton’s view.`"""


_CAME_FROM = re.compile(
    r"(?:came|rang out|went up)\s+(?:(?:a|the)\s+)?(?:[a-z]+\s+)?"
    r"(?:shouts?|cries|cry|calls?|chants?|yells?|screams?|jeers?|boos?|voices?|replies|reply|responses?)\s+"
    r"(?:from|of)\s+(?P<who>(?:the|a|an|some|many|several)\s+[^,.;]{1,40}?)(?=[,.;]|$)"
)
"""Voices that "came from" someone after a quote: `"…," came shouts from the crowd`."""


_DASHED_ASIDE = re.compile(r"\s(?:-|--|—|–)\s[^-—–\"“”]{3,120}?\s(?:-|--|—|–)\s")
"""An aside set off by a pair of dashes inside a sentence: not where its subject is."""


def _unless_a_name(aside: re.Match[str]) -> str:
    """Drop a dashed aside, but keep the name one opens with ("A former candidate -- John McCain, who
    lost in 2008 -- said": John McCain)."""
    dash = aside.group(0).split()[0]
    name = re.match(r"(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+(?=,|$)", aside.group(0).strip(" -—–"))
    return f" {dash} {name.group(0)} {dash} " if name else " "


_DOCUMENT_FIRST = re.compile(
    r"(?:[A-Z][\w’' ]{1,30}:\s+)?(?P<document>(?:An?|The)\s+(?:[a-z]+\s+)?"
    r"(?:article|report|story|study|editorial|column|memo|analysis))"
    r"(?=\s+(?:on|in|about|from|by|published|last|this)\s)"
)
"""A document named as a sentence's subject (after a label such as "Editor's Note:"), then what it
is about: the document says the quoted words, not a person it is about ("An article on Monday
about Tashfeen Malik … reported that she had "…"")."""


_STORY_BY_OUTLET = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:article|report|story|column|editorial|analysis)\s+(?:by|in|from)\s+"
    r"(?:the\s+(?:website|site|newspaper|paper|magazine|outlet)\s+)?"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})"
)
"""A subject that is a piece an outlet published: "a story by the website Politco" says what the outlet
says."""


_PREPOSITION_FIRST = re.compile(r"(?:in|of|for|about|on|to|at|from|with|by|against|over)\s")
"""A phrase that goes on the writer's sentence after a quote, not a subject (lowercase: a quote's
sentence goes on)."""


_CLAUSE_BEFORE_ITS_SUBJECT = re.compile(
    r"^(?:(?!\bwho\s)[^\"“”]){3,200}?\s(?:was|were|is|are|came|comes)\s[^\"“”,]{0,60}?\b(?:when|as|after)\s+(?=[A-Z])"
)
"""A main clause whose verb is not speech, ended by the clause the cue stands in: "The anxiety … was
underscored Wednesday when House Speaker Paul D. Ryan of Wisconsin lamented the "…" state": Ryan.
Not a "who" clause about the subject ("Steele, who was lieutenant governor when Perez was on the
council, said": Steele)."""


_SUBORDINATE_OPENING = re.compile(
    r"^(?:While|Whereas|Although|Though|Even though|Even as|Because|Since|If|Unless)\b"
    r"[^,]{3,150},\s+(?=[a-z])"
)
"""A clause before a sentence's subject: "While Clinton has forcefully condemned the GOP candidate's
proposal, the groups who wrote to her on Thursday say" (only when a lowercase subject follows)."""


_WHO_CLAUSE = re.compile(
    r"^((?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Oo]ther)\s+(?:[\w-]+\s+){0,3}?[\w-]+)(?:\s+|,\s+)who\s+[^,]{3,100}$"
)
"""A described subject and the relative clause that says which ("the groups who wrote to her"), or
says more of it ("The 43-year-old former congressman, who led a filibuster …, thinks")."""


_PARTICIPLE_PHRASE = re.compile(r"[a-z]+(?:ed|en)\s+(?:by|in|on|at|with|to|for|from)\s")
"""Words that go on describing what was quoted ("fostered by Trump …") before its cue."""


_NAME_THEN_APPOSITIVE = re.compile(
    r"(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+,\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s?|the|an?)\s+(?:[A-Z][a-z]+\s+)?[a-z][^,]*"
)
"""A full name and what it is: "Tad Devine, Sanders's chief strategist, said, "…"" is Devine speaking,
not an aside interjected into someone else's sentence (nor is "Mr. Conant, the Republican consultant,
said")."""


_AS_SOMEONE_PUT_IT = re.compile(
    r"\bas\s+(?P<who>(?:an?|the|one)\s+[^,;\"“”]{2,40}?|(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)\s+"
    r"(?:put|puts|described|describes|called|calls)\s+it,\s*(?:(?:an?|the)\s+)?(?:[\"“‘]|'')?$"
)
"""A cue set in the writer's sentence just before the quote: "…, as an American diplomat put it, an
''extreme makeover''"."""


def _lowered_article(description: str) -> str:
    """A description as it reads inside a sentence: "An American diplomat" is "an American diplomat"."""
    return _OPENING_ARTICLE.sub(lambda article: article.group(0).lower(), description)


_OPENING_ARTICLE = re.compile(r"^(?:An?|The)\b")


def _as_someone_put_it(before: str, people: People) -> str | None:
    """The one whose words the quote is, by "as X put it," right before it; a description stays one."""
    put_it = _AS_SOMEONE_PUT_IT.search(before)
    if not put_it:
        return None
    who = put_it.group("who")
    return speaker_named(who, people) or _lowered_article(who)


def _speaker_before(before: str, people: People, partial: bool) -> str | None:
    """`Heyward said: "…` / `said Heyward, "…` / `according to X, "…` / `X, an expert …, told Y: "…`."""
    sentence = _DASHED_ASIDE.sub(_unless_a_name, _last_sentence(before))  # ("In May - after Clinton left
    if not sentence.strip():  # - the department told CREW that "…"": the department's)
        return None
    said_first = _SAID_FIRST.fullmatch(sentence)
    if said_first:  # `Said Ellis: "…"`
        return speaker_named(said_first.group(1), people)
    closing = _CLOSING_CUE.search(sentence.rstrip()) if not partial else None
    named = people_in(closing.group(1), people) if closing else []
    if named:  # `Or maybe Jeb Bush, digital consultant Phil Musser says. "…"`: Musser goes on
        return named[-1]
    put_it = _as_someone_put_it(sentence, people)
    if put_it:  # "…, as one aide put it, "…""
        return put_it
    by_saying = _RELATIVE_BY_SAYING.search(sentence)
    if by_saying:  # "rhetoric from Netanyahu's Likud party, which tried to rally support by saying that
        who = by_saying.group("who")  # voters were "…"": the party's words, not the sentence's subject's
        speaker = who if by_saying.group("body") else speaker_named(who, people)
        if speaker:
            return speaker
    relative = _RELATIVE_SAID.search(sentence)
    if relative:  # "Clinton's email use, which an FBI investigation said was "extremely careless"": the
        who = relative.group("who")  # investigation's words, not Clinton's
        return speaker_named(who, people) or _lowered_article(who)
    what_called = _WHAT_X_CALLED.search(sentence)
    if what_called:  # "in what Bay Buchanan, national treasurer for …, called "…"": Buchanan's words
        speaker = speaker_named(what_called.group("who"), people)
        if speaker:
            return speaker
    quoted_as = _QUOTED_AS_SAYING_BEFORE.search(sentence)
    if quoted_as:  # "An early tweet quoted the president as saying “…”": the president's words
        speaker = speaker_named(quoted_as.group("who"), people)
        if speaker:
            return speaker
    in_words = _IN_X_WORDS.search(sentence)
    if in_words:  # "…, because, in Forbes’ words, "…"" / "in the words of Ms. Lee, "…"": theirs
        speaker = speaker_named(in_words.group("owner") or in_words.group("of"), people)
        if speaker:
            return speaker
    as_put = _AS_X_PUT_IT.match(sentence)
    if as_put and partial:  # `As Ms. Simonyan put it in a statement …, RT is "…"`: hers, however far
        speaker = speaker_named(as_put.group("who"), people)
        if speaker:
            return speaker
    according = ACCORDING.search(sentence)
    if according and _SAID_THAT.search(sentence[: according.start()]):
        according = None  # "Win Htein … said … that according to its analysis, …": his words, its figures
    if according and _VERB_THEN_COMMA.search(sentence[: according.start()]):
        according = None  # "Guccifer said, per a translator, that …": his words, through the translator
    if according:
        rest = sentence[according.end() :]
        apposed = _APPOSED_NAME_AFTER.match(rest)
        if apposed and people.knows(apposed.group("name").split()[-1]):
            return people.fullest(apposed.group("name"))  # "According to his aunt, Jane Starner, "…""
        if not VERB.search(rest):
            return speaker_named(according.group("who"), people)
        if _TOLD_PASSIVE.search(rest):  # "According to the … playbook, his salespersons were told, "…"":
            return speaker_named(according.group("who"), people) or according.group("who").strip()
            # the playbook tells them; those told say nothing
        sentence = rest.lstrip(" ,")  # "According to AFP, one user posted: "…"": the user said it
    verbs = list(VERB.finditer(sentence))
    if not verbs:
        return None
    tail = sentence[verbs[-1].end() :]
    reported = " that " in f" {tail} " or _REPORTED_CLAUSE.match(tail)
    if partial and len(WORD.findall(tail)) > 10 and not (reported and len(tail.split()) <= 25):
        return None  # a verb far from the quote is not its cue
    last = verbs[-1]
    with_saying = _last_match(
        _WITH_X_SAYING, sentence
    )  # ("shows Bob wanting … and depicts one of them asking")
    if with_saying:  # "…, with spokesman Glen Caplin saying, "…"" / "an exchange … has Podesta saying, "…""
        speaker = speaker_named(with_saying.group(1), people)
        if speaker:
            return speaker
    remarks = _REMARKS_MADE.search(sentence)
    if remarks:  # "Democrats, who highlighted comments Trump made in 2006 saying he "sort of hopes"": his
        speaker = speaker_named(remarks.group("who"), people)
        if speaker:
            return speaker
    participle = last.group(0).split()[0].endswith("ing")  # "…, saying" / "by wondering aloud"
    when = _WHEN_THEN_PARTICIPLE.search(sentence[: last.start()]) if participle else None
    if when:  # "The first incident came …, when Sanders protesters interrupted her speech, shouting "…""
        speaker = speaker_named(when.group("who") or when.group("someone"), people)
        if speaker:
            return speaker
    said_then = _SAID_THEN_PARTICIPLE.search(sentence[: last.start()]) if participle else None
    if said_then:  # "Mr. Trump intends to …, Mr. Manafort said, adding that he would …": Manafort goes on
        speaker = speaker_named(said_then.group("who"), people)
        if speaker:
            return speaker
    if participle and re.search(r"(?:,|\bby|\bwhile)\s*$", sentence[: last.start()]):
        opening = _sentence_opening(sentence)
        opening = re.sub(r"\s*\([^()]{1,20}\)", "", opening)  # ("Roy Cooper (D), …")
        owned = _owned_people(opening, people)
        if owned:
            return owned  # "Hillary Clinton’s right-hand woman rallied supporters, saying:"
        subject = _TITLED_SUBJECT.match(opening) or _HOPEFUL_SUBJECT.match(opening) \
            or _STAFF_SUBJECT.match(opening) or _OWNED_BODY.match(opening) or _ONE_OF_UNNAMED.match(opening) \
            or _DESCRIBED_SUBJECT.match(opening) or _MEMBER_SUBJECT.match(opening) \
            or _SENTENCE_SUBJECT.match(opening)  # fmt: skip
        speaker = speaker_named(subject.group(0), people) if subject else None
        described = _DESCRIBED_THEN_NAME.match(INTRODUCTION.sub("", opening))
        if described:  # "Trump’s Virginia state director, Mike Rubino, reached out …, writing: "…""
            named = speaker_named(described.string[: described.end("name")], people)
            speaker = named if named and named.split()[-1] == described.group("name").split()[-1] else speaker
        unknown = speaker is None or (
            " " not in speaker and speaker not in PRONOUNS and not people.knows(speaker)
        )
        if unknown and opening[:1].isupper():  # "Democratic nominee Hillary Clinton chimed in"; but
            named = subjects_in(opening, people)  # no name in words after an earlier quote of the
            # sentence ("Gore insisted it was "…" to back Clinton’s campaign while adding, "…"": his)
            speaker = named[0] if named else speaker
        if speaker:
            return speaker  # "He urged Mr. Trump to make a deal, saying "…"": the sentence's subject
        if not sentence.strip()[:1].isupper():
            return None  # `-- and, when questioned, asserting, "…"`: the subject is before an earlier quote
    for verb in reversed(verbs):  # "X testified, describing her as "…"": the subject is X
        if _BELIEF.fullmatch(verb.group(0)) and any(not _BELIEF.fullmatch(v.group(0)) for v in verbs):
            continue  # "X told NBC that the campaign believes … she "is going to win"": X said it
        if _NOUN_BEFORE.search(sentence[: verb.start()]):
            continue  # "Duterte's latest comments showed": a noun, not a verb
        if sentence[: verb.start()].endswith("self-"):
            continue  # "A self-described ''geeky kid,'' Mr. Cruz changed …": a label, no cue
        inverted = NAME_AFTER_VERB.match(sentence, verb.end())
        if inverted and partial and not re.search(r"[,.]\s*$", inverted.group(0)):
            inverted = None  # "John Podesta, a former adviser, said Obama "understood …"": Podesta's
        if inverted and _TELLING.fullmatch(verb.group(0)):
            inverted = None  # "Dick Dever, who was listed on the slate, told POLITICO, "…"": Dever told it
        if inverted and sentence[: verb.start()].rstrip().endswith(","):
            speaker = speaker_named(inverted.group(1), people)  # "…, said Bart Naylor, an advocate."
            if speaker:
                return speaker
        who = sentence[: verb.start()].strip(" ,")
        who = who.rsplit(";", 1)[-1].strip() if ";" in who else who  # "…to ban Trump; one lawmaker called"
        who = _SUBORDINATE_OPENING.sub("", who)  # "While Clinton has condemned …, the groups … say"
        who = _CLAUSE_BEFORE_ITS_SUBJECT.sub("", who)  # "… was underscored when Paul D. Ryan lamented"
        who = _WHO_CLAUSE.sub(r"\1", who)  # "the groups who wrote to her on Thursday": the groups
        if "(" in who and ")" not in who.rsplit("(", 1)[-1]:
            who = who.rsplit("(", 1)[-1]  # "… (Clinton called it "…")": inside the open parenthesis
        who = _ISSUED_A_STATEMENT.sub("", who)  # "Teneo issued a statement saying": Teneo
        who = _ADVERBS_AT_END.sub("", who)  # "the nominee mockingly responded", "Mexicans often say"
        object_relative = _PRONOUN_AFTER_RELATIVE.search(who)
        if object_relative:  # "President Obama, who he noted was "…"": he noted it, not Obama
            who = object_relative.group(1)
        described_who = _DESCRIBED_THEN_WHO.search(who)
        if described_who and _names_people(described_who.group("head")):
            return described_who.group("who")  # "stars an Abraham Lincoln impersonator who promises"
        relative = _NAME_THEN_WHO.search(who)
        if relative:  # "he echoed Sen. Ron Johnson (R-Wis.), who told a local newspaper"
            speaker = speaker_named(relative.group(1), people)
            if speaker:
                return speaker
        who = _INTERJECTED_CUE.sub(",", who)  # "On the streets, he said, strangers told him": strangers
        if who and re.search(rf"\b(?:{SPEECH_VERBS})\W*$", who) and not _ONE_NOUN.fullmatch(who):
            continue  # (but "One tweet said": the tweet, a noun, said it)
        if re.search(rf"\b(?:{SPEECH_VERBS})\b(?:(?!\b(?:who|which)\b)[^,;])*\s(?:and|but)$", who):
            continue  # "…, Lazar said he welcomed extradition … and added": the subject of "said"
        if not who:
            after_verb = DATE_WORDS.sub("", sentence[verb.end() :].strip(" ,:"))
            return speaker_named(after_verb, people) if after_verb and not partial else None
        if re.search(r"\b(?:that|which)$", who):
            body = _ORG_THEN_WHICH.search(who)
            if body and is_org(body.group(1)):  # "the Chicago Police Department which reported "…""
                return re.sub(r"^The\b", "the", body.group(1))
            document = _DOCUMENT_THEN_WHICH.search(who)
            if document:  # "the study -- which notes that … ''equal to …''": the study says it
                released = _RELEASED_BY.search(who[: document.start()])
                issuer = speaker_named(released.group("who"), people) if released else None
                if issuer:  # "Trump released a marketing video that said, "…"": his words
                    return issuer
                article = "a" if document.group("article").startswith("a") else "the"
                return f"{article} {document.group('document')}"
            continue  # "testimony that concluded …": a thing says it, not a person
        aside = who.rsplit(",", 1)[-1].strip()
        by_outlet = _STORY_BY_OUTLET.fullmatch(aside)
        if by_outlet:  # "…, a story by the website Politco says that "…"": the outlet's words
            return by_outlet.group("outlet")
        rest = sentence[verb.end() :].strip()  # "…, Schiff said. "…"", "…, Kall said: "…"", not "Inc., says:"
        ends_here = rest in ("", ".") or (rest == ":" and bool(aside) and people.knows(aside.split()[-1]))
        named_aside = aside[:1].isupper() or aside.lower() in PRONOUNS
        if (
            aside != who
            and not _NAME_THEN_APPOSITIVE.fullmatch(who)
            and 0 < len(aside.split()) <= 3
            and (sentence[verb.end() :].lstrip().startswith(",") or (ends_here and named_aside))
        ):
            speaker = speaker_named(aside, people)  # "Finding water there, he said, is the "next best thing""
            if speaker:
                return speaker
        if aside != who and len(aside.split()) <= 4 and _OPENING_CLAUSE.match(who):
            described = re.match(  # "When asked …, the Democratic nominee responded", "…, a friend said:",
                r"the\s+[A-Z]|(?:a|an|one|another|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?$", aside
            )  # "As the crowd cheered Sanders …, his wife whispered to him:"
            if aside[:1].isupper() or described:
                speaker = speaker_named(aside, people)  # "As the deal was negotiated in 2012, Clinton said"
                if speaker and (speaker[:1].isupper() or described):
                    return speaker
            if aside in ("he", "she"):  # "Using a crude expression …, he said perhaps they "…""
                return aside
        unnamed = _UNNAMED_WITH_COMPLEMENT.fullmatch(aside) if aside != who else None
        named_before = re.search(r"[A-Z][\w’'.-]*\s*,\s*$", who[: len(who) - len(aside)])
        if (
            unnamed
            and not named_before
            and unnamed.group("noun") not in DOCUMENTS
            and _OPENING_CLAUSE.match(who)
        ):
            return speaker_named(aside, people) or aside  # "When Mr. Thiel was revealed as …, a columnist
            # for the tech news site Pando said he was "…"": the columnist, not the Thiel of the clause
            # (but "Mr. Frum, a former speechwriter for George W. Bush, wrote" is Frum, and "a paper
            # from the … Brookings Institution had this to say" its issuer's)
        if aside != who and _OPENING_CLAUSE.match(who):  # "Even as …, a defiant Donald Trump is insisting"
            core = TRAILING_AUXILIARIES.sub("", aside).strip()
            named = people_in(core, people) if len(core.split()) <= 6 else []
            if named and core.endswith(named[-1].split()[-1]):
                return named[-1]
        if "," not in who and _OPENING_CLAUSE.match(who):  # "When asked if … any Trump supporter Moore said"
            name_at_end = _NAME_AT_END.search(who)
            named = people_in(name_at_end.group(1), people) if name_at_end else []
            if named:
                return named[-1]
        conjoined = _CONJOINED_CLAUSE.search(who)  # "He did not do so, and instead argued that …": he
        if conjoined and ("," in conjoined.group(0) or not re.search(r"\bwho\s", who)):  # (not "… by
            # Clinton who took her by the arm and said": the one the "who" clause is about)
            reported = re.split(r"\bthat\s+", who)[-1]  # ("She noted that Sanders … has criticized the
            speaker = _sentence_subject(reported, people)  # president … and called the president "…"": his)
            if speaker:
                return speaker
        second_subject = _SECOND_CLAUSE_SUBJECT.search(who)
        if second_subject:  # "The researchers reported that …, and the report says the company "…""
            return speaker_named(second_subject.group(1), people) or second_subject.group(1)
        inner = _inner_subject(who, people)
        if inner:
            return inner
        clause = _LOWER_ASIDE.sub("", _SUBORDINATE.split(who)[-1])  # (`after Mr. Trump, asked about …, had`)
        clause = TRAILING_AUXILIARIES.sub("", clause)  # (", though he said": he)
        clause = re.sub(r"\s*\([^()]{1,20}\)", "", clause)  # ("where Harry M. Reid (D-Nev.) told")
        titled_name = all(word[:1].isupper() for word in clause.split())  # "Prime Minister Malcolm Turnbull"
        named_last = people_in(clause, people)  # "when the Democratic candidate Hillary Clinton suggested"
        titled_name = titled_name or bool(named_last and clause.rstrip().endswith(named_last[-1].split()[-1]))
        short = 0 < len(clause.split()) <= (6 if titled_name else 4)
        if clause != who and short and not _NAMED_THEN_DESCRIBED.match(who):
            who = clause  # "… billboards in which people say": the subject is "people"
        document = _DOCUMENT_FIRST.match(who)
        if document:  # "An article on Monday about Tashfeen Malik, one of …, reported that she had "…""
            return document.group("document")
        pronoun = re.search(r"(?:^|[\s,])(he|she|they)$", who)
        if pronoun and not partial:
            return pronoun.group(1)  # "…, but even now at 86 she still says things such as, "…""
        interjected = _INTERJECTED_NAMED_CUE.search(sentence, 0, verb.start()) if pronoun else None
        if interjected:  # "The move, Carr explained, was … an investment he concludes was a "…"": the
            speaker = speaker_named(interjected.group("who"), people)  # "he" is Carr, who is set
            if speaker:  # off before him, not "The move" the sentence opens on
                return speaker
        fronted = not who[:1].isupper() or bool(
            _OPENING_CLAUSE.match(who) or _FRONTED_AFTER_TIME.match(who)
        )  # (not "Giovanni Maria Vian,
        titled = (
            _titled_name_aside(aside, people) if aside != who and fronted else None
        )  # …, L'Osservatore Romano")
        if titled:  # "…, while discussing a tweet … likened to the Star of David, Speaker of the House
            return titled  # Rep. Paul Ryan (R-WI) said "…"": the titled name set off last, not the star
        apposed = _DESCRIBED_THEN_APPOSED.match(who)
        named = people_in(apposed.group("name"), people) if apposed else []
        if named and apposed.group("name").endswith(named[-1].split()[-1]):
            return named[-1]  # "One of Grayson's former supporters …, former Colorado Rep. Pat Schroeder,
            # … wrote": Schroeder, whom the description only introduces
        speaker = speaker_named(who, people)
        if speaker:
            return speaker
    return None


_DESCRIBED_THEN_APPOSED = re.compile(
    r"(?:[Oo]ne|[Aa]n?|[Tt]he|[Ss]ome|[Aa]nother)\s[^,]{3,80},\s+"
    r"(?P<name>(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'-]+),"
)
"""A subject that is a description, then the name of the one it describes set off by commas."""


_FRONTED_AFTER_TIME = re.compile(r"[^,]{0,40},\s+(?:while|when|as|after|before|during)\s")
"""A time or place and then a clause before the subject: "Tuesday on the radio, while discussing …,"."""


def _titled_name_aside(aside: str, people: People) -> str | None:
    """The person a last comma-set phrase names with a title and perhaps a party tag ("Governor Mary
    Fallin (R-OK)"), when every word of it is capitalised: the subject after a long fronted clause."""
    tagged = _PARTY_TAG_AT_END.sub("", aside).strip()
    words = tagged.split()
    if not words or len(words) > 8 or not all(w[:1].isupper() or w in ("of", "the") for w in words):
        return None
    named = people_in(tagged, people)
    return named[-1] if named and words[-1] == named[-1].split()[-1] else None


_PARTY_TAG_AT_END = re.compile(r"\s*\((?:[RDI](?:-[A-Z][A-Za-z.]*)?|[A-Z][a-z]+\.?)\)$")


_TELLING = re.compile(r"(?:told|tells|tell|telling)")
"""Verbs whose object is the one spoken to, never the speaker inverted after them."""


_TELLING_AFTER = re.compile(r"\W*telling\s")
"""A partial quote followed by "telling" someone: the sentence's subject goes on speaking."""


_PARTICIPLE_GOING_ON = re.compile(r"\b(?:noting|adding|saying|arguing|calling|insisting)\b[^.;!?\"“”]*$")
"""The participle a partial quote's sentence goes on with, up to the quote."""


_SAID_THEN_PARTICIPLE = re.compile(
    rf",\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*|he|she)\s+"
    rf"(?:{SPEECH_VERBS})(?:\s+[^,\"“”]{{1,30}}?)?\s*,\s*$"
)
"""A cue set off inside the sentence right before a participle (", Hollande said Tuesday in Paris,
noting"): the participle goes on with the one
it names, not with the sentence's subject."""


_WHEN_THEN_PARTICIPLE = re.compile(
    r",\s+when\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}?)\s+[a-z]+ed\b[^,;]{0,80},\s*$"
    r"|\s(?:as|while)\s+(?P<someone>(?:an?|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+[a-z]+(?:s|ed)\b[^,;]{0,80},\s*$"
)
"""A "when" clause right before a participle cue: the participle is that clause's subject's; so is
one about someone unnamed ("Clinton asks as a maintenance guy walks in front of her, saying he’s
"…"")."""


_WHAT_X_CALLED = re.compile(
    r"\bwhat\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she|they)(?:,[^,]{1,100},)?\s+"
    r"(?:has\s+|had\s+|once\s+)?(?:called|calls|dubbed|dubs|termed|terms|described\s+as|describes\s+as)\s*$"
)
"""Words a name is said to have called something: "in what Bay Buchanan, …, called "…""."""


_REMARKS_MADE = re.compile(
    r"\b(?:comments?|remarks?|statements?)\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}"
    r"[A-Z][\w’'.-]*)\s+(?:had\s+)?made\b[^,;.]{0,60}?\s(?:saying|calling|suggesting)\b[^,;]{0,60}$"
)
"""Someone's remarks, then what they said in them: "comments Trump made in 2006 saying he "…""."""


_REMARKS_MADE_IN = re.compile(_REMARKS_MADE.pattern.removesuffix("[^,;]{0,60}$"))
"""The same remarks anywhere in a sentence: every quote after them there is from them."""


_VERB_THEN_COMMA = re.compile(rf"\b(?:{SPEECH_VERBS})\s*,\s*$")


_TOLD_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:told|instructed|advised|urged)\b"
)
"""A speech verb in the passive: its subject was spoken to, and is no speaker."""


_IN_X_WORDS = re.compile(
    r"\b[Ii]n\s+(?:(?P<owner>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*?)(?:['’]s?)\s+"
    r"(?:own\s+)?words|the\s+words\s+of\s+(?P<of>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}"
    r"[A-Z][\w’'.-]*))\s*[,:]?\s*$"
)
"""A quote introduced as someone's words: "in Forbes’ words,", "in the words of Ms. Lee,"."""


_SAID_FIRST = re.compile(r"\s*(?:Said|Says|Added|Adds|Wrote|Writes)\s+([A-Z][^,:]{1,60}?)\s*[,:]\s*")


_AS_X_PUT_IT = re.compile(
    r"\s*[Aa]s\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she|they)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s?){1,3})?\s+"
    r"(?:put it|puts it|said|says|wrote|writes|noted|notes|told|tells|observed|observes)\b[^,;]{0,80},"
)
"""An "as X put it" frame at a sentence's start: the quote the sentence ends with is X's."""


_LOWER_ASIDE = re.compile(r",\s+[a-z][^,]{0,80},")
"""An aside between a subject and its verb: "Mr. Trump, asked about the deaths of journalists, had said"."""


_SUBORDINATE = re.compile(
    r"\b(?:in which|which|where|whom|what|why|how|whether|as|because|that|after|while|when|though|although|"
    r"but|since|if|unless|before)\s+"
)


_SENTENCE_SUBJECT = re.compile(
    r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b|(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*(?=\s+[a-z])"
)


_WITH_X_SAYING = re.compile(
    r"\b(?:with|has|had|shows|showed|have|depicts|depicted|portrays|portrayed|"
    r"(?:footage|video|audio|a recording|recordings) of)\s+([^,]{3,60}?)"
    r"\s+(?:saying|adding|noting|calling|writing|asking|telling)(?:\s+\w+){0,5}\W*$"
)


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The match that starts last, where matches may overlap (`search` gives the first)."""
    found, start = None, 0
    while (match := pattern.search(text, start)) is not None:
        found, start = match, match.start() + 1
    return found


_BELIEF = re.compile(r"believes|believed|thinks|thought")
"""Verbs of thinking that also cue quotes: a speech verb in the same sentence outranks them."""


_RECALLS_SOMEONE_SAYING = re.compile(
    r"[^,;]{0,60}?\b(?:recalls|recalled|remembers|remembered)\s+((?:his|her|their|a|an|the)\s+[a-z]+"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:saying|telling|asking|warning)\b"
)


_QUOTED_AS_SAYING = re.compile(r"[^.]{0,60}?\bquoted\s+(?P<who>.{2,80}?)\s*,?\s+as\s+saying\b")


_QUOTED_AS_SAYING_BEFORE = re.compile(r"\bquoted\s+(?P<who>[^,.;]{2,80}?)\s*,?\s+as\s+saying\W*$")


_RELATIVE_SUBJECT = re.compile(r"((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+)\s+who\s+[^.,;]*\s+and$")


def _inner_subject(who: str, people: People) -> str | None:
    """The subject of a speech verb inside a clause: "… approached by Clinton who took her arm
    and said" is Clinton; "Broaddrick said Clinton grabbed her arm and, in a low voice, said" is
    Clinton too (what Broaddrick said is that Clinton said it)."""
    relative = _RELATIVE_SUBJECT.search(who)
    if relative:
        return speaker_named(relative.group(1), people)
    inner = list(VERB.finditer(who))
    if inner and re.search(r"\bwho\s+(?:[a-z]+\s+)?$", who[: inner[-1].start()]):
        return None  # "Zeke Emanuel, an oncologist who advised Obama on …, said": Obama is advised
    if inner:
        rest = re.sub(r"^\s*(?:that\s+)?", "", who[inner[-1].end() :])
        subject = re.match(r"(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+(?=\s+[a-z])", rest)
        if subject and people_in(subject.group(0), people):
            return speaker_named(subject.group(0), people)
    return None


_ISSUED_A_STATEMENT = re.compile(
    r"\s+(?:issued|released|put out|sent|posted|published)\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?"
    r"(?:statement|letter|email|e-mail|memo|note|release|tweet)$"
)


_PRONOUN_AFTER_RELATIVE = re.compile(r",\s*(?:who|whom)\s+(he|she|they)$")
"""A relative clause whose own subject is a pronoun ("Obama, who he noted was …"): the name is what
was spoken of, the pronoun the one who spoke."""


_QUOTED_STRETCH = re.compile(r"[\"“][^\"”]*[\"”]")


_DESCRIBED_THEN_WHO = re.compile(
    r"(?<![\w’'-])(?<!,\s)(?P<who>(?:an?|the)\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?P<head>[a-z][\w-]*))\s+who(?:\s+[^,]{3,80})?$"
)
"""A person the words before a capitalised name only describe, then what they do: "stars an
Abraham Lincoln impersonator who promises that …" (the impersonator, not Lincoln; not an appositive,
"John Weaver, a GOP strategist who …, wrote", which describes the name before it)."""


_NAME_THEN_WHO = re.compile(
    r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)(?:\s+of\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)?"
    r"(?:\s*\([^)]*\))?(?:,\s*(?=[a-z\d])[^,]{3,60})?,\s*who"
    r"(?:\s+(?!(?:he|she|they|we|I|you)\b)[^,]{1,30})?$"
)
"""A name a relative clause speaks for: "Sen. Ron Johnson (R-Wis.), who told", "McConnell, now the
Senate majority leader, who in 2010 said", "Sen. Marco Rubio of Florida, who mused" (Rubio, not
Florida; not "Republicans, who he said are": he said it; not "Robert DeNiro" of "Robert DeNiro,
Patti LaBelle and Stevie Wonder, who joked")."""


_INTERJECTED_CUE = re.compile(rf",\s*(?:he|she|they)\s+(?:{SPEECH_VERBS})\s*,")


_UNNAMED_WITH_COMPLEMENT = re.compile(
    r"(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)\s+(?:for|at|with|of|from)\s+[^,;]{2,60}"
)
"""Someone unnamed described by a role and its employer: "a columnist for the tech news site Pando"."""


_INTERJECTED_NAMED_CUE = re.compile(
    rf",\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'.-]*\s+){{0,2}}[A-Z][\w’'.-]*)\s+(?:{SPEECH_VERBS})\s*,"
)
"""A name and its speech verb set off by commas inside a sentence ("The move, Carr explained, was …")."""


_CONJOINED_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:and|but)(?:\s+(?:instead|then|also|later))?$")
"""A speech verb in a second clause of its sentence: its subject is the sentence's ("He says he
respects Clinton and calls her "…"": his words about her)."""


_SECOND_CLAUSE_SUBJECT = re.compile(
    r"[,;]\s*(?:and|but)\s+(?:then\s+|also\s+)?((?:the|a|an|its|his|her|their)\s+[a-z][\w-]*"
    r"|(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+)$"
)
"""The subject of a second clause, right before its speech verb: "…, and the report says"."""


_NAME_AT_END = re.compile(r"\s[a-z][\w’'-]*\s((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+)$")
"""A name right before the speech verb, after a lowercase word: that verb's subject."""


_NAMED_THEN_DESCRIBED = re.compile(r"(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+,\s")
"""A subject that is a name and then what the person is: "Bill Hyers, a strategist who managed
the campaign that year, said" is Hyers, not "year"."""


_NOUN_BEFORE = re.compile(
    r"(?:[’']s|\b(?:the|his|her|their|its|our|your|my|these|those|such|whose|latest|recent|earlier|public))\s*$",
    re.IGNORECASE,
)
"""What makes "comments", "calls" or "notes" a noun: "Duterte's latest comments"."""


_OPENING_CLAUSE = re.compile(
    r"(?:As|In|When|After|While|Before|At|On|During|Since|Although|Though|If|Asked|Speaking|Later|Even\s+(?:as|though|if|when)\b|"
    r"Earlier|Meanwhile|Still|However|Instead|Separately|For|With|Without|Despite|Amid|Like|Unlike|Given|"
    r"[A-Z][a-z]{2,}ing\s|Using\s|Being\s|Doing\s|Going\s|"
    r"[A-Z][a-z]{3,}ed\s+(?:at|by|about|over|with|from)\s)"
)
"""A sentence that opens with a clause or phrase before its subject: "As the deal was signed, X said",
"For Americans who are on the fence, Obama told Bee", "Hammering Clinton again, Pence said",
"Horrified at the prospect of Trump becoming president, Ramos believes"."""


_TITLED_SUBJECT = re.compile(
    rf"(?:[A-Z][\w’'.&-]*\s+){{1,4}}{STAFF_ROLE}\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{1,2}}(?=\s+[a-z])"
)
"""A sentence's subject that names whom a person works for, their role, then them: "Hillary Clinton
campaign spokesman Glen Caplin declined …"."""


_DESCRIBED_THEN_NAME = re.compile(
    r"[^,]{3,80}?\s[a-z][\w’'-]+,\s*(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2}),\s+[a-z]"
)
"""A sentence that opens with its subject described, then named: "Trump’s Virginia state director,
Mike Rubino, reached out …"."""


_HOPEFUL_SUBJECT = re.compile(
    r"(?:[A-Z][\w’'.&-]*\s+){1,4}(?:presidential\s+)?(?:hopeful|candidate|rival|nominee|front-?runner|contender|"
    r"challenger)\s+(?:(?:Sen|Rep|Gov|Gen|Dr)\.\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2}(?=\s+[a-z])"
)
"""A sentence's subject that is a candidate described by party or race first: "Republican Presidential
hopeful Sen. Ted Cruz was also critical …, telling …" (not "Republican Presidential")."""


_ONE_OF_UNNAMED = re.compile(
    r"(?:One|Another)\s+[a-z][\w-]*(?:\s+(?:inside|at|in|with|from|for|of|close\s+to)\s+(?:[A-Z][\w’'.-]*\s+){1,3})?"
    r"(?=(?:[a-z]+ed|said|says|told)\b)"
)
"""A sentence's subject that is someone unnamed, counted: "One operative inside Trump Tower tried
to downplay …, saying" (not "One")."""


_STAFF_SUBJECT = re.compile(
    r"(?:A|An|One|Another)\s+(?:[A-Z][\w’'.-]*\s+){1,2}(?:campaign\s+)?"
    r"(?:official|aide|adviser|spokesman|spokeswoman|spokesperson|staffer)(?=\s+[a-z])"
)
"""A sentence's subject that is someone's unnamed staff: "A Clinton campaign official later walked
back the comments, saying …" (not Clinton)."""


_OWNED_BODY = re.compile(
    r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?:campaign|office|team|staff|lawyers|attorneys)"
    r"(?=\s+[a-z]+ed\b)"
)
"""A body that speaks for someone as the subject: "Ryan’s campaign shrugged off …, telling reporters,
"…"" is the campaign's statement, not Ryan's own words."""


_PAST_VERB_NEXT = rf"(?=\s+(?:[a-z]+ed|{IRREGULAR_PAST}|said|has|had|was|is)\b)"


_DESCRIBED_SUBJECT = re.compile(rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?[a-z][\w-]*{_PAST_VERB_NEXT}")
"""A sentence's subject that names no one: "The newspaper took note of …, writing: "…"", "The Florida
senator sought to calm his supporters, …, saying …"."""


_DESCRIBED_LEAD_IN_SUBJECT = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z][\w-]*)"
    r"(?:\s+(?:at|of|for|from|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?!(?:that|which|who)\b)[\w-]+)?"
    + _PAST_VERB_NEXT
)
"""The same in a lead-in, where the one it describes may be placed ("A former business partner at
UC Global stated in their testimony,"): its head noun says whether it is people."""


_CONJOINED_CUE = re.compile(rf"^[\s,]*(?:and|but)\s+(?:also\s+|then\s+)?(?:{SPEECH_VERBS})\b")


_SUBJECT_LINE = re.compile(r"\b(?:with|under)\s+the\s+subject\s+line\W*$")


_LIST_ITEM = re.compile(r"\s*(?:[•·▪◦●■*]|l(?=\s+[A-Z])|[-–—](?=\s))\s")
"""A paragraph that is an item of a bulleted list (the "l" is a bullet whose symbol font was lost)."""


def is_list_item(paragraph: str) -> bool:
    """The paragraph is one item of a bulleted list, which goes on what a lead-in announced."""
    return bool(_LIST_ITEM.match(paragraph))


def lead_in(paragraph: str, people: People) -> str | None:
    """Who a paragraph that ends in a colon announces ("The New York Times reports:", "Caddell
    continued:"): the subject of its last sentence, when that sentence has a speech verb."""
    text = paragraph.rstrip()
    sentence = _last_sentence(text)
    words_by = _WORDS_BY.search(sentence) or _QUOTES_SOMEONE.search(sentence)
    if words_by:  # "… how the website rated this statement by Trump on June 11:": Trump's
        speaker = speaker_named(words_by.group("who"), people)
        if speaker:
            return speaker
    announces = text.endswith(":") or (text.endswith(",") and bool(_CUE_THEN_COMMA.search(sentence)))
    # ("A former business partner stated in their testimony," then the quote, as a colon would)
    if not announces or not (VERB.search(sentence) or re.search(r"\breports:$", sentence)):
        return None  # ("reports" is a cue only here: elsewhere it is as often the noun)
    as_notes = _AS_X_NOTES.search(sentence)
    if as_notes:  # "It would be difficult to overstate …, as the Heritage Foundation website notes:"
        speaker = speaker_named(as_notes.group("who"), people)
        if speaker:
            return speaker
    as_put = _AS_X_PUT_IT.match(INTRODUCTION.sub("", sentence.lstrip()))
    if as_put:  # "Of course, as Joel Pollak of Breitbart California observed, …:"
        speaker = speaker_named(as_put.group("who"), people)
        if speaker:
            return speaker
    speaker = (
        _second_clause_speaker(text[:-1], people)  # "The Times made them, and Breitbart News responded:"
        or _sentence_subject(text[:-1], people, named_only=True)
        or _sentence_subject(text[:-1], people)
    )
    if speaker is None:  # "That is, when the moderators yielded to snark— Cruz called them on it:"
        named = _NAMED_BEFORE_CUE.search(sentence)
        found = people_in(named.group(1), people) if named else []
        speaker = found[-1] if found else None
    described = None if speaker else _DESCRIBED_LEAD_IN_SUBJECT.match(_sentence_opening(text[:-1]))
    head = described.group("head") if described else ""
    if head in _BODIES or _names_people(head):  # "In a press release, the Democrat convention
        speaker = _lowered_article(described.group(0))  # committee said about …:": the committee
    return speaker


_CUE_THEN_COMMA = re.compile(rf"\s(?:{SPEECH_VERBS})(?:\s+(?:in|on|at|to|before)\s+[\w’' -]{{1,40}})?,$")
"""A paragraph that ends on its cue and a comma, the quote in the next ("Pompeo declared,", "A former
partner stated in their testimony,"): a lead-in as one ending in a colon is."""


_WORDS_BY = re.compile(
    r"\b(?:this|that|these|the following|one)\s+(?:statement|remarks?|comments?|words|claim|tweet|post)\s+"
    r"(?:by|from)\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)"
    r"(?:\s+(?:on|in|at|last|this|during)\s+[^,:;]{1,30})?:$"
)
"""A lead-in that names whose words follow: "… this statement by Trump on June 11:"."""


_QUOTES_SOMEONE = re.compile(r"\bquot(?:es|ed|ing)\s+(?P<who>[^,.;:]{3,80}?):$")
"""A lead-in in which a writer quotes someone: "Frank quotes former Carter adviser Alfred Kahn:"."""


_AS_X_NOTES = re.compile(
    r",\s+as\s+(?P<who>[^,:;]{3,80}?)\s+(?:notes|noted|writes|wrote|explains|explained|observes|observed|"
    r"puts it|put it|says|said):$"
)
"""A lead-in whose speaker comes last: "…, as the Heritage Foundation website notes:"."""


def reporting_body(paragraph: str) -> str | None:
    """The outlet or body a paragraph of the writer's own words reports ("CNN reported that night
    Ex-CIA chief Petraeus testifies …"): a paragraph of only a quote after it is its report."""
    if any(mark in paragraph for mark in '"“”'):
        return None
    sentence = INTRODUCTION.sub("", LEADING_WORDS.sub("", _last_sentence(paragraph.rstrip()).strip()))
    reported = _BODY_REPORTS.match(sentence)
    if not reported:
        return None
    body = reported.group(1)
    acronym = re.fullmatch(r"[A-Z]{2,6}", body) is not None
    return re.sub(r"^The\b", "the", body) if acronym or is_org(body) else None


_BODY_REPORTS = re.compile(
    r"((?:The\s+)?(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*)\s+(?:reported|reports|wrote|writes|said|says|"
    r"stated|states|announced)\b"
)


_NAMED_BEFORE_CUE = re.compile(
    rf"((?:[A-Z][\w’'.-]+\s+){{0,2}}[A-Z][\w’'.-]+)\s+(?:{SPEECH_VERBS})\b[^.!?]*:$"
)


def _sentence_subject(text: str, people: People, named_only: bool = False) -> str | None:
    """The person who is the subject of the last sentence of a stretch of text: a pronoun or
    a named person (only a named person when the quote has no cue of its own)."""
    opening = _sentence_opening(text)
    owned = _owned_people(opening, people)
    if owned:
        return owned  # "Obama's first five questioners ranged …:": the questioners, not Obama
    after_role = named_after_role(opening, people)
    if after_role:  # "Former US secretary of state Madeleine Albright, a Clinton supporter, fanned …"
        return after_role[0]
    subject = _subject_phrase(text)
    if subject is None:
        return None
    if named_only and re.match(r"(?:The|A|An)\s", subject):
        return None  # "The Christian leader further related …": a description, not a man named Christian
    if named_only:
        named = people_in(subject, people)
        return people.fullest(named[0]) if named else None
    return speaker_named(subject, people)


def _sentence_opening(text: str) -> str:
    """The last sentence of a stretch of text from its subject on ("In May, X …": X …; a wire
    story's dateline, "WASHINGTON, Dec. 8 (UPI) — ", is no part of it)."""
    sentence = DATELINE.sub("", _last_sentence(text).lstrip())
    fronted = _FRONTED_SUBORDINATE.match(sentence)  # (before "when" is dropped as a word)
    if not fronted and _LATER_SUBORDINATOR.search(sentence, 0, 140):  # "Last month, when …, he"
        fronted = _FRONTED_SUBORDINATE.match(INTRODUCTION.sub("", sentence))
    sentence = fronted.string[fronted.end() :] if fronted else sentence
    return LEADING_WORDS.sub("", INTRODUCTION.sub("", LEADING_WORDS.sub("", sentence)))  # (", even a …")


_LATER_SUBORDINATOR = re.compile(r",\s+(?:when|while|although|though|because|after|before|since|once|if)\s")


_FRONTED_SUBORDINATE = re.compile(
    r"(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et)\s+)?(?:[Ww]hen|[Ww]hile|[Aa]lthough|[Tt]hough|[Bb]ecause|[Aa]fter|[Bb]efore|"
    r"[Ss]ince|[Oo]nce|[Ii]f)\s[^,;:]{3,120},\s*(?=(?:he|she|they)\s|[A-Z])"
)
"""A clause set before the subject ("Last month, when I asked Bernie Sanders if he would …, he looked
… and said"): the subject is the main clause's "he", not the "I" who asked."""


_OWNED_PEOPLE = re.compile(
    r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s(?:\s+[a-z][\w-]*){0,3}?\s+(?P<head>[a-z][\w-]*)"
    r"(?=,|\s+(?:[a-z]+ed|said|says|told|tells|wrote|writes)\b)"
)
"""A subject that is people someone has ("Obama's first five questioners ranged"), not its owner."""


def _owned_people(opening: str, people: People) -> str | None:
    """The subject a sentence opens with when it is people someone has ("Obama's first five
    questioners"), or the person named beside them ("Mr. Trump's campaign chairman, Paul Manafort,
    dismissed …": Manafort, whom the description only introduces)."""
    owned = _OWNED_PEOPLE.match(opening)
    if not owned or not _names_people(owned.group("head")):
        return None
    apposed = _APPOSED_NAME.match(opening, owned.end())
    named = people_in(apposed.group("name"), people) if apposed else []
    if named and apposed.group("name").endswith(named[-1].split()[-1]):
        return people.fullest(named[-1])
    return owned.group(0)


_APPOSED_NAME = re.compile(r",\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),")
"""A name set off by commas right after a description of its bearer ("…'s chairman, Paul Manafort,")."""


def _names_people(head: str) -> bool:
    """A noun for people, one or many: "aide", "questioners", "supporters"."""
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    endings = ("er", "or", "ist", "man", "men", "person", "people")
    return singular in PERSON_NOUNS or singular.endswith(endings)


def _subject_phrase(text: str) -> str | None:
    """The words that open the last sentence of a stretch of text as its subject, as written."""
    sentence = _sentence_opening(text)  # "In May, X …"
    sentence = re.sub(r"\s*\([^()]{1,20}\)", "", sentence)  # "Harry Reid (D-Nev.) said": no party tag
    sentence = _SUBJECT_ASIDE.sub(r"\1", sentence)  # "Harry Reid, in particular, has …": Reid
    sentence = _IT_IS_SO_THAT.sub("", sentence)  # "It's become such a presence that Sanders thanked …"
    subject = (
        _ONE_OF_THEM.match(sentence) or _MEMBER_SUBJECT.match(sentence) or _SENTENCE_SUBJECT.match(sentence)
    )
    return subject.group(0) if subject else None


_MEMBER_SUBJECT = re.compile(
    r"[A-Z][a-z]+\s+(?:member|manager|director|chairman|chairwoman|founder|spokesman|spokeswoman|leader)"
    r"\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?=\s+[a-z])"
)
"""A role with what it is of, capitalised at the sentence's start, then a name: "Band member Flea
shared …", "Campaign manager Jeff Weaver called …"."""


_IT_IS_SO_THAT = re.compile(r"^It(?:[’']s|\s+(?:is|was|has|had))\s[^.;,]{0,80}?\bthat\s+(?=[A-Z])")
"""An "it" that only postpones the subject: "It's become such a presence that Sanders thanked …"."""


_ONE_NOUN = re.compile(r"(?:One|Another)\s+[a-z][\w-]*")
_ONE_OF_THEM = re.compile(rf"{_ONE_NOUN.pattern}(?=\s+[a-z])")
"""A subject that is one of many, unnamed: "One tweet said:", "Another voter added"."""


def _described_subject(text: str) -> str | None:
    """A last sentence's subject when it is an epithet for one of the story's people, not a name:
    "The Christian leader further related that …" (whom it means is settled later, by whom the
    story is about)."""
    described = _epithet_subject(text)
    head = described.group("head") if described else ""
    return described.group(0) if head and (is_epithet(head) or head in PERSON_NOUNS) else None


def _epithet_subject(text: str) -> re.Match[str] | None:
    """The "The <words> <noun>" a text's last sentence opens on, past its leading words."""
    return _EPITHET_SUBJECT.match(LEADING_WORDS.sub("", _last_sentence(text).lstrip()))


_EPITHET_SUBJECT = re.compile(r"The\s+(?:[A-Z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)(?=\s+[a-z])")


def _last_sentence(text: str) -> str:
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(text) if not _abbreviation_ends(text, m.end())]
    return text[starts[-1] :]


_SENTENCE_START = re.compile(r"[.!?][”\"’]?\s+(?=[A-Z“\"‘(])")


def _resolve_pronoun(pronoun: str, before: str, paragraph_speaker: str | None, context: Context,
                     people: People, fresh: list[str] | None = None, addressee: str | None = None,
                     quoted: str = "") -> str | None:  # fmt: skip
    """He/she: the nearest earlier person that fits the pronoun: this paragraph's speaker or sentence
    subjects first, then the last speaker, then people mentioned in the paragraphs before; never
    the one the words were told to, nor one the words speak of by title ("…that Secretary Clinton
    can be held responsible…," she said: not Clinton)."""
    gender = PRONOUNS.get(pronoun)
    stem = before.rstrip(" \"“‘'")  # (the words before, without the quote's opening mark)
    if gender == "n":  # "…," it said / "it attacked Trump, saying …": the organisation named last
        if paragraph_speaker and _is_document(paragraph_speaker):
            return paragraph_speaker  # "“…,” the email read. It stated that …": the email
        found = _organisation_in(before) or _organisation_in(context.previous)
        found = found or _document_in(before) or _document_in(context.previous)
        last = context.last_speaker
        if found or not last or last in PRONOUNS or gender_of_first_name(last):
            return found  # (not "Aaron Sharockman": a person is no "it")
        return last  # "Big Machine … they said in a statement. … "…," it says": the same statement
    if pronoun == "they" and not paragraph_speaker:  # (not `he said, adding that they told him`)
        pair = _pair_in(before, people) or _pair_in(context.previous, people)
        if pair:
            return pair  # "They sent a letter …. "…," they wrote": the two senators, not one man
        one = _epithet_subject(stem)
        head = one.group("head") if one else ""
        if head and not head.endswith("s") and _names_people(head):
            return _lowered_article(one.group(0))  # "The ex-partner suspected …. "…," they testified":
            # a person the writer leaves unnamed, and so ungendered
    if pronoun == "they" and (not paragraph_speaker or _GROUP_SPEAKS.match(f", {paragraph_speaker} said")):
        group = _group_in(before) or _group_in(context.previous)
        if group:
            return group  # "…, the groups say. They argue that Clinton should "…"": the groups
    mentioned = people_in(before, people)
    subjects = [name for name in subjects_in(before, people) if name in mentioned]
    possessed = {name for name in mentioned if _possessive_of(name.split()[-1], before)}
    others = [name for name in mentioned if name not in possessed]
    last = context.last_speaker
    objects = (  # "…when a young man asked Clinton why …. "…," she said": she who spoke last, not Clinton
        [name for name in others if name not in subjects and object_in(name, before)]
        if gender
        and last
        and last not in PRONOUNS
        and people.gender(last) == gender
        and (
            re.search(rf"\b{pronoun}\s+(?:\w+\s+){{0,3}}?(?:{SPEECH_VERBS})\b", before, re.IGNORECASE)
            or (not subjects and not _DESCRIBED_SPEAKER.search(before))
        )
        else []  # (and "she said" before them in the paragraph, or no one its subject: the one who
        # spoke last goes on: "…: forcing Sanders to reverse …. "…," he said": not Sanders)
    )
    objects = [  # ("in the Sanders stump speech …, he said": his speech, no one acted on)
        name for name in objects if not _attributive(name.split()[-1], before)
    ]
    others = [name for name in others if name not in objects]
    here = [*reversed(reporters_in(before, people)), *reversed(subjects), *reversed(others), *possessed]
    sentence = _last_sentence(before).lstrip(' "“')
    opened_on_pronoun = (
        re.match(
            rf"(?:[A-Z][^,.;\"“]{{0,40}},\s+)?(?:(?:and|but|yet)\s+)?{pronoun}\b", sentence, re.IGNORECASE
        )
        # ("Asked about her own vote in the event that Clinton faces Trump, she replied:": not Clinton)
        or re.match(rf"[A-Z][a-z]+(?:ed|ing)\b[^.!?;]*,\s*(?:{pronoun}\s+[a-z]|$)", sentence)
        # ("Choosing between Clinton and Sanders is a "…," she said": a gerund for a subject, the
        # names in it what she speaks of)
        or re.match(r"[A-Z][a-z]+ing\s[^.!?;,]*\s(?:is|was)\s", sentence)
        or re.match(r"(?:Of|About|Regarding|Concerning)\s[^.!?;]*,\s*$", sentence)
        # ("Of the scrutiny over Melania Trump, he said": what he spoke of, not who)
    )
    if gender and opened_on_pronoun:
        # "He lambasted the deal negotiated by President Obama, who he noted was "…"": the "he" the
        # sentence opened on goes on; a name inside that sentence is what he spoke of (unless the
        # words are that name's own: "she did contradict Mr. Obama's comments … that it was "…"")
        unquoted = _QUOTED_STRETCH.sub(" ", sentence)  # ("a sign — which read "Hispanics 4 Trump"")
        earlier_text = before[: len(before) - len(_last_sentence(before))]
        labelled = re.search(r"\bas\s+(?:an?\s+|the\s+)?[\"“]?$", before)  # ("played down Trump's comments
        inside = set(people_in(unquoted, people)) - set(
            people_in(earlier_text, people)
        )  # as "…"": his label)
        inside = inside if labelled else inside - possessed
        here = [name for name in here if name not in inside]
    purpose = re.match(rf"To\s[^,.;\"“]{{0,120}},(?=\s*$|\s+{pronoun}\b)", sentence) if gender else None
    if purpose:  # "To further limit the Ecuadorian government's access …, he instructed": what he meant
        aimed_at = set(people_in(purpose.group(0), people))  # to do, its names (an owner's too) not him
        here = [name for name in here if name not in aimed_at]
    if gender and not opened_on_pronoun and stem.endswith((".", "!", "?")):
        previous = _last_sentence(stem)
        if re.match(rf"{pronoun}\s+[a-z]", previous.lstrip(), re.IGNORECASE):
            # "He says Trump's call … bear some of the responsibility. "…," he told USA TODAY": the "he"
            # the sentence before opened on goes on; every name in it, an owner too, is spoken of
            spoken_of = set(people_in(_QUOTED_STRETCH.sub(" ", previous), people))
            spoken_of -= set(people_in(stem[: len(stem) - len(previous)], people))
            here = [name for name in here if name not in spoken_of]
    challenged = _CHALLENGED_THEN_PRONOUN.match(sentence) if gender else None
    if challenged and people.knows(challenged.group("whom").split()[-1]):
        here = [people.fullest(challenged.group("whom")), *here]  # "When Sanders accused Clinton of
        # …, she said": the one challenged answers
    opens_paragraph = not before.strip(" \"“‘'")
    described = _described_person(before, gender) or (
        _titled_subject(context.previous, people)
        or _kin_named_subject(context.previous, gender)
        or _pronoun_went_on(context.previous, pronoun, gender, people)
        if gender and opens_paragraph
        else None
    )  # ("… - the admiral chuckled." then a paragraph ""…," he said": the admiral, not a man asked before)
    closing_cue = _CLOSING_CUE.search(context.previous)  # "…, Stovall said." then ""…," he said"
    reported_before = [people.fullest(strip_titles(closing_cue.group(1)))] if closing_cue else []
    earlier = [*reported_before, context.introduced, *reversed(context.reporters[-2:]), last,
               *reversed(objects), *reversed(context.mentioned)]  # fmt: skip
    since_quote = _subjects_since_last_quote(before, people) if paragraph_speaker else []
    own_subject = _described_subject(before) if gender else None  # "The president denounced what he
    if own_subject and people_in(_last_sentence(before), people):  # called the "…"": the subject he is
        own_subject = None
    unnamed = _last_match(_UNNAMED_SPOKE, before) if gender else None
    if unnamed and not people_in(before[unnamed.end() :], people):  # "One California delegate said he
        own_subject = own_subject or unnamed.group("who")[0].lower() + unnamed.group("who")[1:]  # tried
        # …. "…," he said": the delegate, unnamed, not Trump, named before him
    candidates = [
        *reversed(fresh or []),
        own_subject,
        *since_quote,
        paragraph_speaker,
        *here,
        described,
        *earlier,
    ]
    told = addressee.split()[-1] if addressee else None
    for candidate in candidates:
        if candidate in (FIRST_PERSON, UNNAMED_WRITER):
            continue  # "I" is no "she", nor is the writer who quoted the one before
        if candidate and told and candidate.split()[-1] == told:
            continue  # `"…," he told Rubio`: whoever he is, he is not Rubio
        if candidate and quoted and candidate.split()[-1] in _titled_in(quoted):
            continue
        if candidate and gender and (is_org(candidate) or FOLLOWERS.fullmatch(candidate)):
            continue  # "he" is a person, not the Security Council, nor "Clinton supporters"
        if candidate and (gender is None or people.gender(candidate) in (None, gender)):
            if gender and people.gender(candidate) is None and candidate in people.full_names.values():
                people.genders[candidate] = gender  # "…," she tweeted: a later "he" is someone else
            return candidate
    return _named_newcomer(before, gender) or _named_newcomer(context.previous, gender)


def _attributive(surname: str, text: str) -> bool:
    """The name comes after "the", where it qualifies a noun ("the Sanders stump speech")."""
    return bool(re.search(rf"\bthe\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}{re.escape(surname)}\b", text))


_DESCRIBED_SPEAKER = re.compile(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?[a-z]+\s+(?:{SPEECH_VERBS})\b")
"""A subject that describes who spoke ("the campaign manager said he needed …"): someone the
paragraph names may be meant, so the one who spoke last does not simply go on."""


_CHALLENGED_THEN_PRONOUN = re.compile(
    r"When\s+(?:[A-Z][\w’'.-]*\s+){0,3}?[A-Z][\w’'.-]*\s+(?:accused|asked|pressed|challenged|questioned|"
    r"confronted|criticized|criticised|attacked|interrupted)\s+"
    r"(?P<whom>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\b[^.!?;]*,\s*(?:(?:he|she)\s*)?$"
)
"""A sentence that opens on someone challenging another, then a pronoun's cue: "When Sanders accused
Clinton of being too reliant on Wall Street, she said": the one challenged answers."""


def _named_newcomer(text: str, gender: str | None) -> str | None:
    """ "The woman who shouted identified herself … as a 52-year-old resident named Caroline": a
    person the article names only after "named", for a "she" no one else fits (the quote is hers,
    not lost for want of a surname)."""
    role = {"f": FEMALE_ROLE, "m": MALE_ROLE}.get(gender or "")
    if role is None:
        return None
    own = "herself" if gender == "f" else "himself"
    for sentence in reversed(sentences(text)):
        named = _NAMED_NEWCOMER.search(sentence)
        if not named:
            continue
        name = named.group(1)
        known = gender_of_first_name(name.split()[0])
        if known == gender or (known is None and (role.search(sentence.lower()) or own in sentence)):
            return name
    return None


_NAMED_NEWCOMER = re.compile(r"\bnamed\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


def _subjects_since_last_quote(before: str, people: People) -> list[str]:
    """ "Coan argued … a "new-media journalist." Mosman saw it differently: "…," he said": a person
    who is the subject of a whole sentence (or of a lead-in ending in a colon) written after the
    paragraph's last quote comes before whoever spoke that quote; nearest first. The rest of the
    sentence the last quote stood in ("… because it destabilized the Middle East.") and an
    unfinished lead-in ("If Clinton is elected, he said, "…"") name no one."""
    before = before.rstrip(" \"“«‘'")  # (the mark that opens this quote)
    last_mark = max(before.rfind(mark) for mark in '”"»')
    if last_mark < 0:
        return []
    after = before[last_mark + 1 :]
    pieces = sentences(after)
    if not after.lstrip()[:1].isupper():
        pieces = pieces[1:]  # the last quote's own sentence goes on
    whole = [piece for piece in pieces if piece.rstrip().endswith((".", "!", "?", ":"))]
    named = [people.fullest(name) for piece in whole for name in subjects_in(piece, people)]
    return [name for name in reversed(named) if name in people.full_names.values()]


def _titled_in(text: str) -> set[str]:
    """The surnames a text gives a title before, as people speak of others, seldom of themselves."""
    return (
        {titled.group(1) for titled in _TITLED_SURNAME.finditer(text)}
        if "." in text or " " in text
        else set()
    )


def _possessive_of(surname: str, text: str) -> bool:
    """ "Clinton's" or "Clinton’s" in the text."""
    return f"{surname}’s" in text or f"{surname}'s" in text


_SPOKEN_TITLES = (
    r"Secretary|Senator|Sen\.|Governor|Gov\.|President|Mr\.|Mrs\.|Ms\.|Mr|Mrs|Ms|Dr\.|Congressman|"
    r"Congresswoman|Mayor|Judge|Justice|General|Gen\.|Chairman|Chairwoman|Speaker|Leader|Director"
)
_TITLED_SURNAME = re.compile(rf"\b(?:{_SPOKEN_TITLES})\s+([A-Z][\w-]*(?:['’][A-Z][\w-]*)?)")
"""A title and the surname after it ("Secretary Clinton", "Mr. O'Malley", "Mr. Trump’s")."""


_ASKED_WHETHER = re.compile(
    r"\basked\s+(?P<whom>(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:whether|if|about|why|how|what|when)\b"
)
"""A paragraph that asks someone a question: the quote that opens the next one, cued by a pronoun,
is the answer, so the pronoun is the one asked, not the asker."""


_ASKING_CUE = re.compile(r"\W*(?:he|she)\s+(?:asked|asks|wondered|pressed|followed up)\b")


_TOLD_SOMEONE = re.compile(
    r"\W*(?:he|she)\s+(?:told|tells|asked|asks|reminded|assured|warned|informed)\s+"
    r"(?P<whom>(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)"
)
"""A pronoun's cue with a named listener right after the quote: "…," he told Rubio."""


_SENTENCE_ENDS_ON_CUE = re.compile(
    r"[^.!?“”\"]{0,200},\s+(?P<who>(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
    r"|(?:the\s+)?(?:[A-Z][\w.’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:says|said|adds|added|argues|argued|notes|noted|"
    r"writes|wrote)\."
)
"""The rest of a partial quote's sentence, ending on its speaker and speech verb: "… since 2010,
and should be freed, the rights group says.", "… contributing to this problem, the CDC says."."""


_CUE_BETWEEN_QUOTES = re.compile(
    r",?\s*(?:saying|adding|writing|tweeting|noting|declaring)"
    r"(?:\s+(?:in|on|at|to|during|via)\s[^,:“”\"]{1,60})?\s*[,:]"
)
"""All the writer's words between a quote and the next: a participle cue, whose subject is the
sentence's ("…, saying in a post on Twitter:")."""


_CLOSING_CUE = re.compile(
    r",\s+(?:[a-z][\w-]*\s+){0,3}((?:[A-Z][\w.’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+"
    r"(?:[a-z]+ly\s+)?(?:said|says|added|adds|explained|noted|notes|argued|argues|"
    r"differed|disagreed|objected|countered|replied|responded|retorted)"
    r"(?:\s+[a-z]+){0,2}\.\s*$"
)
"""A paragraph of reported speech that ends on its cue and speaker: "Cruz electrified the crowds …,
Stovall said." A "he said" in the next paragraph is Stovall's, not Cruz's; so too after a reply
("When Mr. Trump tried to defend his remarks …, Mr. Kasich forcefully differed.")."""


def _document_in(text: str) -> str | None:
    """The document a text's last sentence about one has as its subject ("The email, released by
    Judicial Watch, was sent at 7:19 p.m. …", "A confidential 2010 report … pinpointed …"), for an
    "it" that reads or says: the email, the report."""
    for sentence in reversed(sentences(text)):
        opening = INTRODUCTION.sub("", LEADING_WORDS.sub("", sentence.strip()))
        document = _DOCUMENT_SUBJECT.match(opening)
        if document:
            return f"the {document.group(1).lower()}"
    return None


_DOCUMENT_SUBJECT = re.compile(
    r"(?:The|An?)\s+(?:[a-z0-9][\w-]*\s+){0,3}?(email|e-mail|letter|memo|memorandum|report|statement|message|note|document|filing|post|tweet|"
    r"affidavit|indictment|lawsuit)\b"
)


def _organisation_in(text: str) -> str | None:
    """The organisation a text's last sentence about one has as its subject ("the Times gave
    Clinton …", "Apple Inc. released …"), for an "it" that speaks; None when none is, so that
    "it" is not "the AMAs" of "a statement to the organisers of the AMAs"."""
    for sentence in reversed(sentences(text)):
        opening = INTRODUCTION.sub("", LEADING_WORDS.sub("", sentence.strip()))
        subject = _ORGANISATION.match(opening)
        if subject and (is_org(subject.group(0)) or subject.group(0).lower().startswith("the ")):
            return re.sub(r"^The\b", "the", re.sub(r"(?<=[a-z])\.$", "", subject.group(0)))
    return None


_ORGANISATION = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]+\s+){0,4}[A-Z][\w’'.&-]+"
    r"(?:\s+(?:campaign|team|committee|administration|government|company|party|network))?(?=\s+[a-z])"
)
"""An organisation that opens a sentence, with the common noun its name goes with ("The Cruz
campaign sent …"): never cut to "the Cruz"."""


def _is_document(speaker: str) -> bool:
    """ "the email", "the statement": a document that spoke, not a person."""
    words = speaker.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in DOCUMENTS


def _group_in(text: str) -> str | None:
    """The people a text's last sentence about some has speak as a group ("the groups who wrote to
    her on Thursday say", "…, the groups say"), for a "they" that speaks next."""
    for sentence in reversed(sentences(text)):
        found = list(_GROUP_SPEAKS.finditer(sentence))
        if found:
            return found[-1].group("who")[0].lower() + found[-1].group("who")[1:]
    return None


_GROUP_SPEAKS = re.compile(
    r"(?:^|,\s+)(?P<who>(?:[Tt]he|[Ss]ome|[Mm]any|[Oo]ther|[Tt]hese|[Tt]hose)\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"[a-z][\w-]*[^s\W]s)(?:\s+who\s+[^,.;]{{0,60}}?)?\s+(?:{SPEECH_VERBS})\b"
)


def _pair_in(text: str, people: People) -> str | None:
    """The last two people a text names together as one subject ("Mr. Grassley and Mr. Leahy",
    "Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy")."""
    for match in reversed(list(_PAIR.finditer(text))):
        first_run = _PLURAL_TITLE.sub("", match.group(1))  # ("Professors Foner and Alba")
        first, second = people_in(first_run, people), people_in(match.group(2), people)
        if first and second and first[-1] != second[0]:
            return f"{first[-1]} and {second[0]}"
    return None


_PLURAL_TITLE = re.compile(r"^(?:Professors|Senators|Sens\.|Reps\.|Representatives|Drs\.|Messrs\.|Govs\.)\s+")


_PAIR = re.compile(
    r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)(?:,[^,.;]{0,40},)?\s+and\s+((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)"
)


_DESCRIBED = re.compile(  # ("one mother, who", "A 29-year-old Berlin woman, meanwhile,")
    r"\b(?:[Oo]ne|[Aa]n?|[Tt]he|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)\b(?=[,.;]|\s+(?:who|said|told))"
)


def _titled_subject(paragraph: str, people: People) -> str | None:
    """The one person the article titles so, when a paragraph's last sentence has "the admiral"
    (the senator, the governor) for its subject."""
    found = _TITLED_EPITHET_SUBJECT.search(_last_sentence(paragraph))
    if not found:
        return None
    noun = found.group(1)
    titles = {noun, *_TITLE_ABBREVIATIONS.get(noun, ())}
    titled = [
        name for name, role in people.roles.items() if role and role.split()[-1].lower().strip(".,") in titles
    ]
    return titled[0] if len(titled) == 1 else None


_TITLED_EPITHET_SUBJECT = re.compile(
    r"(?:^|[,;:-]\s+)the\s+(admiral|general|senator|governor|mayor|congressman|congresswoman)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b[^,;]*[.!?]?\s*$"
)


_TITLE_ABBREVIATIONS = {"admiral": ("adm",), "general": ("gen",), "senator": ("sen",), "governor": ("gov",)}


def _pronoun_went_on(paragraph: str, pronoun: str, gender: str, people: People) -> str | None:
    """ "This is not the kind of campaign Ayotte hoped to be running. She acknowledges that …" then a
    paragraph ""…," she said": a paragraph in the writer's own words whose last sentence opens on the
    same pronoun, after a sentence in which the one person of that gender the paragraph names is a
    clause's subject, goes on with that person (not with whoever was quoted before it). So does a
    paragraph that names someone last and then asks ", how would she feel …?": the one asked about."""
    if any(mark in paragraph for mark in '"“”'):
        return None
    paragraph_sentences = sentences(paragraph)
    if len(paragraph_sentences) < 2:
        return None
    last = paragraph_sentences[-1].lstrip()
    opens_on_it = re.match(rf"{pronoun}\s+[a-z]", last, re.IGNORECASE)
    asks_of_it = re.search(
        rf",\s+(?:{_ASKING})\s+(?:\w+\s+)?{pronoun}\s+[a-z]", last
    )  # ", how would she feel"
    if not opens_on_it and not asks_of_it:
        return None
    fits = (gender, None) if asks_of_it else (gender,)  # (a name that does not tell, asked about)
    of_gender = {people.fullest(name) for name in people_in(paragraph, people) if people.gender(name) in fits}
    if len(of_gender) != 1:
        return None  # (two of that gender: no telling which)
    person = of_gender.pop()
    before = paragraph_sentences[-2]
    surname = person.split()[-1]
    if asks_of_it:  # "… I thought of Elise Matthesen. Lacking …, how would she feel?": the one asked about
        return person if before.rstrip(" .").endswith(surname) else None
    return person if surname in before and _ACTS.match(before, before.rfind(surname)) else None


_ASKING = "how|what|why|would|will|could|did|does"
"""Words that open a question the writer asks about someone after an opening clause."""


_ACTS = re.compile(r"[\w’'.-]+\s+(?:[a-z]+ed|was|is|has|had|will|would)\b")
"""A name, then a verb: the name is the subject of its clause ("… Ayotte hoped to be running")."""


def _kin_named_subject(paragraph: str, gender: str) -> str | None:
    """ "Her father, Brad, 39, worried that …" then a paragraph ""…," he surmised": the relative the
    last sentence opens on, by the one name the article gives him, when the pronoun fits."""
    found = _KIN_NAMED_SUBJECT.match(_last_sentence(paragraph).lstrip())
    if not found:
        return None
    female = found.group("kin").lower() in FEMALE_KIN
    return found.group("name") if ("f" if female else "m") == gender else None


_KIN_NAMED_SUBJECT = re.compile(
    r"(?:His|Her|Their)\s+(?:(?:late|eldest|oldest|youngest|younger|older|elder)\s+)?"
    r"(?P<kin>father|mother|husband|wife|son|daughter|brother|sister|widow|widower|uncle|aunt|nephew|niece)"
    r",\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),"
)


def _described_person(before: str, gender: str | None) -> str | None:
    """ "WIRED spoke to one mother, who …. "…," she said": an unnamed person of the pronoun's
    gender described earlier in the paragraph."""
    role = {"f": FEMALE_ROLE, "m": MALE_ROLE}.get(gender or "")
    if role is None:
        return None
    for match in reversed(list(_DESCRIBED.finditer(before))):
        if role.fullmatch(match.group(1)):
            return match.group(0)
    for match in reversed(list(_MY_KIN_MENTION.finditer(before))):  # "when my mother mentioned …"
        if role.fullmatch(match.group(1)):
            return f"the writer's {match.group(1)}"
    other = {"f": MALE_ROLE, "m": FEMALE_ROLE}[gender or ""]
    spoke = _last_match(_DESCRIBED_SPOKE, before)
    if spoke and not other.search(spoke.group("who")):
        return spoke.group("who")  # "The solution, the partner told them, was simple. "…," he said"
    return None


_UNNAMED_SPOKE = re.compile(
    rf"(?:^|[.!?;]\s+)(?P<who>(?:One|Another)\s+(?:[A-Z][\w-]*\s+){{0,2}}[a-z][\w-]*)\s+(?:{SPEECH_VERBS})\b"
)
"""Someone unnamed who speaks as a sentence's subject: "One California delegate said …"."""


_DESCRIBED_SPOKE = re.compile(
    rf"(?:^|[,.;]\s+)(?P<who>[Tt]he\s+[a-z][\w-]*)\s+(?:{SPEECH_VERBS})\b(?:\s+(?:them|him|her|us|me))?\s*,"
)
"""An unnamed person set off as speaking earlier in the paragraph ("…, the partner told them, …"): a
"he" or "she" after it goes on with them, whatever their noun's gender."""


_MY_KIN_MENTION = re.compile(
    r"\b[Mm]y\s+(father|mother|husband|wife|son|daughter|brother|sister|grandfather|grandmother)\b"
)


_SENT_BY_DESCRIBED = re.compile(
    r"\b(?P<who>(?:[Aa]n?|[Tt]he)\s+[a-z][\w-]*(?:\s+(?:of|with|in|from|for|[a-z][\w-]*)){0,8}?)\s+"
    rf"(?:sent|wrote|signed|issued|released|published)\s+(?:a|an|the)\s+(?:[\w-]+\s+)??"
    rf"(?P<document>{'|'.join(sorted(DOCUMENTS))})\b"
)
"""Unnamed people who sent a document: "a group of black parents with kids in schools sent a letter"."""


_NAMED_OF_KIND = (
    r"\b((?:[A-Z][\w&’'.-]*\s+){{0,4}}(?:{kinds})(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&’'.-]*\s?){{1,4}})?)\b"
)
"""An organisation named with a word of its kind: "Dick Clark Productions", "the Association of Flight
Attendants" (for "the union")."""


_SAME_DOCUMENT = (
    {"book", "memoir"},
    {"clip", "video", "ad", "spot"},
    {"email", "e-mail", "message", "note"},
    {"statement", "release"},
    {"report", "study", "analysis", "paper"},
)
"""Names for one kind of document: "the book" is the memoir the article named before."""


def issuer_of(speaker: str, before: str, people: People) -> str:
    """ "The statement said" names no one: its issuer, named earlier, said it. "The production
    company" is the company the article named before ("Dick Clark Productions")."""
    owned = _OWNED_DOCUMENT.fullmatch(speaker)
    if owned:  # "The campaign’s statement then declares "…"": the campaign's words
        return issuer_of(re.sub(r"^The\b", "the", owned.group("owner")), before, people)
    words = speaker.lower().split()
    if len(words) < 2 or words[0] not in ("the", "a", "its", "their"):
        return speaker
    head = words[-1]
    if head in DOCUMENTS and speaker.split()[-1][:1].isupper():
        return speaker  # "The Washington Post", "The Drudge Report": a title, not a document's kind
    if head in DOCUMENTS:
        named_in_it = " ".join(speaker.split()[1:-1])
        if words[0] == "the" and named_in_it and all(word[:1].isupper() for word in named_in_it.split()):
            return f"the {named_in_it}"  # "the IMF report stated": the IMF
        if words[0] == "a" or any(word[:1].isupper() for word in speaker.split()[1:-1]):
            return speaker  # "a Homeland Security memo": a new document, its issuer in its name
        found = [*ISSUED.finditer(before), *FROM.finditer(before), *NAMED_DOCUMENT.finditer(before)]
        found += _IN_A_DOCUMENT.finditer(before)  # "In a statement, the business mogul announced …"
        kind = next((family for family in _SAME_DOCUMENT if head in family), {head})
        found = [match for match in found if kind & _words_of(match.group(0))]  # (no statement)
        if found:
            nearest = max(found, key=lambda match: match.start())
            issuer = speaker_named(nearest.group("who"), people)
            if issuer:
                return issuer_of(issuer, before[: nearest.start()], people)
        senders = list(_SENT_BY_DESCRIBED.finditer(before[-400:]))
        if senders and senders[-1].group("document") == head:  # "a group of parents … sent a letter"
            return _lowered_article(senders[-1].group("who"))
        confirmed = (
            list(_ORGANISATION_ANNOUNCED.finditer(before[-400:])) if head in ("statement", "release") else []
        )
        if confirmed and is_org(confirmed[-1].group("who")):  # "Fox News confirmed that …. According to
            return confirmed[-1].group("who")  # the statement, …": Fox News's statement
        return speaker
    if head in RULINGS:
        courts = list(_COURT_RULED.finditer(before))
        if courts:  # "The appeals court ruled that …. "…," said the ruling": the court
            return re.sub(r"^(?:The|A)\b", lambda m: m.group(0).lower(), courts[-1].group(1))
        return speaker
    kinds = ORG_KINDS.get(head)
    described = len(words) == 3 and words[1].isalpha() and speaker.split()[1].islower()  # ("the conservative
    if kinds and (len(words) == 2 or described) and words[0] == "the":  # publication": one adjective)
        opened_on = _organisation_opening(before[before.rfind("\n") + 1 :], people)
        if opened_on:  # "Twitter acknowledged …. “…,” the company said": Twitter, not a company named
            return opened_on  # earlier in the article with a company's word in its name
    if kinds:
        named = list(re.finditer(_NAMED_OF_KIND.format(kinds=kinds), before))
        if named:
            return named[-1].group(1).strip().removeprefix("The ")
    return speaker


_ORGANISATION_ANNOUNCED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>(?:The\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})\s+"
    r"(?:confirmed|announced)\b"
)
"""A sentence that opens on an organisation announcing something: the statement a later sentence
quotes is its."""


_OWNED_DOCUMENT = re.compile(
    rf"(?P<owner>(?:[Tt]he\s+)?(?:[\w.-]+\s+){{0,3}}[\w.-]+)[’']s\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(DOCUMENTS))})"
)
"""A document named by its owner ("The campaign’s statement", "Clinton's memo"): the owner speaks."""


def _words_of(text: str) -> set[str]:
    """The lower-case words of a text, without the punctuation that clings to them ("statement,")."""
    return set(re.findall(r"\w+", text.lower()))


_IN_A_DOCUMENT = re.compile(
    rf"\b[Ii]n\s+(?:an?|the|his|her|its|their)\s+(?:{'|'.join(sorted(DOCUMENTS))})\b[^,.;]{{0,40}},\s+"
    r"(?P<who>(?:the\s+)?[^,.;]{2,60}?)\s+(?:said|announced|wrote|added|stated|declared|explained|noted)\b"
)
"""A document named with the one who spoke through it: "In a statement, the business mogul announced"."""


_NAME_OPENING_ON_VERB = re.compile(
    r"((?:[A-Z][\w&’'.-]+\s+){0,3}[A-Z][\w&’'.-]+)\s+(?!(?:this|his|its|is|us|as|thus|less)\b)[a-z]+(?:ed|s)\b"
)
_NOT_A_NAME = frozenset({
    "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "in", "on", "at",
    "but", "and", "yet", "so", "just",
})  # fmt: skip


_OPENING_QUOTE = re.compile(r"(?:[\"“][^\"”]*[\"”]|''.*?'')[\s,]*")
"""The quote a sentence opens on, with the comma after it: what follows is its cue."""


_NAME_THEN_SAID = re.compile(r"((?:[A-Z][\w&’'.-]+\s+){0,3}[A-Z][\w&’'.-]+)\s+(?:said|says|added|wrote)\b")


def _organisation_opening(paragraph: str, people: People) -> str | None:
    """The name this paragraph's last sentence about one opens on, when it is no person the
    article names and no capitalised function word: the organisation "the company" stands for."""
    for sentence in reversed(sentences(paragraph)):
        opening = INTRODUCTION.sub("", LEADING_WORDS.sub("", sentence.strip()))
        named = _NAME_OPENING_ON_VERB.match(opening)
        if not named and opening[:1] in "\"“'":  # (`''…,'' Twitter said in a statement`: its cue)
            named = _NAME_THEN_SAID.match(_OPENING_QUOTE.sub("", opening, count=1))
        if not named:
            continue
        name = named.group(1)
        first = name.split()[0]
        person = people.gender(name) or people.fullest(name) != name  # ("Reed" for Tom Reed)
        if first.lower() in _NOT_A_NAME or person or gender_of_first_name(first):
            return None
        return name
    return None
