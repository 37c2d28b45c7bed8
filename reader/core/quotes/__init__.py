"""Direct quotes in an article and who said them, by rules over the article's own text.

Three steps, paragraph by paragraph (spans.py, speakers.py with phrases.py and people.py):

1. **Spans**: text between quote marks of any kind (straight, curly, guillemets,
   „German“, single quotes that are not apostrophes, mixed or broken pairs). A
   paragraph that ends inside a quote continues in the next paragraph that opens
   with a quote mark.
2. **Is it speech?** Titles, nicknames, slogans, terms and scare quotes are quoted
   too. A span introduced as a title, slogan or name, a short span in Title Case, a
   short span repeated word for word, and a short span nobody is said to have said
   are not speech.
3. **Speaker**: the cue after the quote ("…," Heyward said / said Heyward), before
   it (Heyward said: "…" / said Heyward, "…"), or around a partial quote inside the
   writer's sentence (Noem called it a "bold effort"). Pronouns and bare quote
   paragraphs go to the nearest earlier speaker or sentence subject that fits the
   pronoun; a surname becomes the fullest form of the name in the article
   ("Heyward" → "Cam Heyward"), and the role the article gives the person is kept.
"""

from __future__ import annotations

import re

from reader.core.model import Quote
from reader.core.quotes.people import (
    People,
    fits_epithet,
    index_people,
    introduced_last,
    member_in_focus,
    named_by_description,
    named_by_epithet,
    named_by_possessive,
    named_in_full,
    object_before_epithet,
    opening_subject,
    people_in,
    reporters_in,
    subjects_in,
)
from reader.core.quotes.phrases import FIRST_PERSON, UNNAMED_WRITER
from reader.core.quotes.spans import (
    Span,
    find_spans,
    is_nickname,
    pull_quotes,
    repeated_short_spans,
    straighten_doubled_apostrophes,
)
from reader.core.quotes.speakers import (
    Context,
    attribute_paragraph,
    is_list_item,
    issuer_of,
    lead_in,
    reporting_body,
)
from reader.core.quotes.vocabulary import NICKNAME

_RUN_IN_HEADING = re.compile(
    r"^(?=[^a-z\n]{9})(?:‘?[A-Z0-9][A-Z0-9’'&:,.-]*[ \t]+)+‘?[A-Z0-9][A-Z0-9’'&:,.-]*[ \t]+"
    r"(?=[A-Z][a-z]|[“\"])",
    re.MULTILINE,
)
"""A newsletter item's heading in capitals, run into its paragraph ("ROLL TIDE Alabama beat …",
"HOW ‘MAKING THEM SMALLER’ YIELDS … “But critics …”"): blanked, offsets kept, so that it is
neither a sentence's subject nor a quote."""


_UNSEEN = "\u200b\u200c\u200d\u2060\ufeff"
_UNSEEN_AS_SPACE = {ord(char): " " for char in _UNSEEN}
"""Zero-width characters and byte-order marks read as spaces, so that offsets stay those of the
text: a paragraph that opens with one and then a quote mark opens with the quote."""


_ENTRY_BOUNDARY = re.compile(r"\s*(?:_{3,}\.?|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)\s*", re.IGNORECASE)
"""A line that only stamps the time or rules a line ("9:18 p.m.", "___."): where a live blog's entry
begins, so that no pronoun or bare quote reaches back into the entry before."""


_PLUG_LINE = re.compile(
    r"\s*\(\s*(?:Subscribe|Sign up|Follow|Click|Listen|Watch|Read|Download|Like us|See)\b[^()]*\)\.?\s*"
)
"""A bracketed line that advertises ("(Subscribe to POLITICO's Off Message podcast with Glenn
Thrush.)"): page furniture, whose names are no one a "she" in the story's next paragraph means."""


def extract_quotes(text: str, byline: str | None = None) -> list[Quote]:
    """Every direct quote in an article's plain text (paragraphs separated by newlines). The
    byline names the "I" of a first-person piece when the text does not sign itself."""
    text = straighten_doubled_apostrophes(text)
    if any(char in text for char in _UNSEEN):
        text = text.translate(_UNSEEN_AS_SPACE)
    text = _RUN_IN_HEADING.sub(lambda heading: " " * len(heading.group(0)), text)
    paragraphs: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():  # blank lines between paragraphs (the stored text has them) are no turn
            paragraphs.append((offset, line))
        offset += len(line) + 1
    people = index_people(NICKNAME.sub(r"\g<name>", text))  # (Marcia "Cia" Price is Marcia Price)
    texts = [paragraph for _, paragraph in paragraphs]
    spans = [span for span in find_spans(texts) if not is_nickname(texts[span.paragraph], span)]
    repeated = repeated_short_spans(spans)
    pulled = pull_quotes(spans, texts)
    by_paragraph: dict[int, list[Span]] = {}
    for span in spans:
        by_paragraph.setdefault(span.paragraph, [])
        if (span.paragraph, span.start) not in pulled:
            by_paragraph[span.paragraph].append(span)
    quotes: list[Quote] = []
    context = Context()
    for index, (start, paragraph) in enumerate(paragraphs):
        if index in by_paragraph and not by_paragraph[index]:
            continue  # a pull quote and its lead-in: page furniture, not a turn in the story
        if _PLUG_LINE.fullmatch(paragraph):
            continue  # an advertisement for a podcast or a feed, between two paragraphs of the story
        if _ENTRY_BOUNDARY.fullmatch(paragraph):
            context = Context()  # a live blog's next entry ("9:18 p.m."): its "he" is its own subject's
            continue
        next_paragraph = paragraphs[index + 1][1] if index + 1 < len(paragraphs) else ""
        found = attribute_paragraph(
            paragraph, by_paragraph.get(index, []), people, context, repeated, next_paragraph
        )
        for span, speaker, partial in found:
            if speaker == FIRST_PERSON:
                speaker = _writer(texts, byline)
            speaker = issuer_of(speaker, text[: start + span.start], people)
            last = context.last_speaker
            if _SAME_PERSON.fullmatch(speaker) and last and _UNNAMED.match(last):
                speaker = (
                    last  # "Another source familiar with … said, "…" … the person added, "…"": that source
                )
            described = named_by_description(speaker, text, people, text[: start + span.start])
            before_quote = paragraph[: span.start]  # "the senator": the one the article titles so,
            if described != speaker and not _subject_fits(speaker, described, before_quote, people):
                speaker = described  # unless it is the subject this paragraph has just named
            if speaker[:4].lower() == "the ":  # "the New York businessman": whom the story was about
                writer_words = _outside_quotes(paragraph, by_paragraph.get(index, []))  # (no "Dear X" in it)
                words_before = writer_words[: span.start]
                subjects = subjects_in(words_before, people)
                subject = subjects[-1] if subjects else context.subject or context.last_speaker
                subject = object_before_epithet(speaker, words_before, subject, people) or subject
                last = context.last_speaker
                opened_by = opening_subject(context.unquoted_previous, people)  # (the paragraph before's)
                just_named = bool(subjects) or (subject is not None and subject == opened_by)
                speaker = named_by_epithet(speaker, subject, text, people, last, just_named=just_named)
            elif "'s " in speaker or "’s " in speaker:  # "Obama's former campaign strategist"
                speaker = named_by_possessive(speaker, context.subject, people)
            elif people.shares_surname(speaker):  # `"…," Clinton said` about both Clintons: the one it
                writer_words = _outside_quotes(paragraph, by_paragraph.get(index, []))  # was telling of
                words_before, words_after = writer_words[: span.start], writer_words[span.end :]
                focus = (context.subject, context.subject_in_full)
                speaker = member_in_focus(speaker, words_before, words_after, focus, people)
            quotes.append(Quote(speaker=speaker, role=people.roles.get(speaker), quote=span.text,
                                start=start + span.start, partial=partial))  # fmt: skip
            context.last_speaker = speaker
        context.mentioned.extend(people_in(paragraph, people))
        if found:  # a quote attributed here makes reporters mentioned before it stale
            context.reporters = []
        context.reporters.extend(
            reporters_in(_outside_quotes(paragraph, by_paragraph.get(index, [])), people)
        )
        subjects = subjects_in(_outside_quotes(paragraph, by_paragraph.get(index, [])), people)
        context.introduced = people.fullest(subjects[-1]) if subjects and not found else None
        if not found:  # "…, which concerns Henry Crespo, president of …." then "“…,” he said."
            context.introduced = introduced_last(paragraph, people) or context.introduced
            context.introduced = context.introduced or reporting_body(paragraph)  # "CNN reported …"
        if subjects:
            context.subject = people.fullest(subjects[-1])
            context.subject_in_full = named_in_full(context.subject, paragraph)
        asked = bool(found) and found[-1][0].text.rstrip().endswith("?")
        context.turns.append((quotes[-1].speaker if found else "", asked))
        context.unquoted_previous = "" if found else paragraph
        context.previous = paragraph
        listed = context.lead_in if is_list_item(paragraph) else None  # (a list goes on after its lead-in)
        context.lead_in = lead_in(paragraph, people) or listed
    return quotes


_SAME_PERSON = re.compile(r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:same\s+)?person")
"""A person referred back to, not named: "the person added", "that person said"."""


_UNNAMED = re.compile(r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+[a-z]")
"""A speaker the story leaves unnamed: "a source close to him", "another source familiar with …"."""


def _subject_fits(description: str, described: str, words_before: str, people: People) -> bool:
    """ "Rubio sought to stoke energy …. Walking in, the senator said …": the paragraph's own subject,
    untitled, is "the senator" rather than the one person the article titles so but this paragraph
    does not name."""
    if described.split()[-1] in words_before:
        return False
    subjects = [people.fullest(name) for name in subjects_in(words_before, people)]
    person = subjects[-1] if subjects and len(subjects[-1].split()) >= 2 else None  # (not "Vermont")
    return person is not None and fits_epithet(person, description, people)


def _writer(paragraphs: list[str], byline: str | None) -> str:
    """Who "I" is in a first-person piece: the writer its closing line names ("Charlotte Meehan is
    playwright-in-residence at …", as opinion pages sign them), or its byline (one writer's only);
    else "the writer"."""
    for paragraph in [*paragraphs[-2:], *paragraphs[:3]]:
        signed = _SIGNATURE.match(paragraph.strip()) or _EXCERPTED_FROM.match(paragraph.strip())
        if signed:
            return signed.group("name")
    named = _SIGNATURE.fullmatch((byline or "").strip())
    return named.group("name") if named else UNNAMED_WRITER


_SIGNATURE = re.compile(
    r"(?:By\s+)?(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+)(?:\s+(?:is|was)\s+(?:an?\s+|the\s+)?[a-z]|\s*$)"
)


_EXCERPTED_FROM = re.compile(
    r"(?:Excerpted |Adapted )?[Ff]rom\s+[^.]{1,120}?\bby\s+"
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+)\."
)
"""A book excerpt's credit line: "From STEALING AMERICA by Dinesh D’Souza. Copyright …"."""


def _outside_quotes(paragraph: str, spans: list[Span]) -> str:
    """The writer's words of a paragraph: quoted words blanked, so that "What she said about
    Trump" inside a quote makes no one a reporter of what follows."""
    for span in spans:
        if span.end <= span.start:
            continue
        ending = paragraph[span.end - 1 : span.end]
        kept = ending if ending in (".", "!", "?") else " "  # ("… his book ''The Art of the Deal.'' Mr.
        paragraph = paragraph[: span.start] + " " * (span.end - span.start - 1) + kept + paragraph[span.end :]
    return paragraph  # Trump said": a quote that ends its sentence still ends it)
