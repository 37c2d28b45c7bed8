"""From the words of a cue to a speaker: "Okafor" becomes the fullest form of the name in the
article, "a spokesperson for the ministry" a description, "the Interior Ministry" an organisation;
a phrase that names none of these ("It", "Fifty-one percent") names no speaker.
"""

from __future__ import annotations

import re

from reader.core.quotes.people import (
    FOLLOWERS,
    POSSESSIVE_ENDINGS,
    People,
    bare_name,
    honoured,
    is_org,
    name_tokens,
    people_in,
    strip_titles,
)
from reader.core.quotes.vocabulary import (
    COMMON_CAPITALISED,
    DETERMINERS,
    DOCUMENT_FROM,
    GROUPS,
    INTRODUCTION,
    IRREGULAR_PAST,
    LEADING_WORDS,
    NAME_TOKEN,
    NAMED_ADVERT,
    NICKNAME,
    NOT_A_SPEAKER,
    PERSON_NOUN_ENDING,
    PERSON_NOUNS,
    PLACE_FIRST,
    PRONOUNS,
    STAFF_ROLE,
    STATE_DEMONYMS,
    TITLES,
    TRAILING_AUXILIARIES,
    TRAILING_DATE,
    VERB,
    wordset,
)


def speaker_named(phrase: str, people: People) -> str | None:
    """The speaker a phrase names: a person's fullest name, an organisation, or a description;
    None when what it would name is no speaker at all ("’s a", "that’s why I always", "New Delhi")."""
    speaker = _speaker_named(phrase, people)
    if speaker == FIRST_PERSON:
        return speaker
    return speaker if speaker is None or speaker in _ANOTHER or _plausible(speaker) else None


FIRST_PERSON = "I"
"""The writer of a first-person piece ("I laughed and said, "…""), named later from the article."""


UNNAMED_WRITER = "the writer"
"""The writer of a first-person piece that names no one as its writer."""


_FIRST_PERSON_SUBJECT = re.compile(r"I(?:\s+[a-z]+){0,2}?\s+and|I")
_MY_KIN = re.compile(
    r"[Mm]y\s+(?P<kin>father|mother|dad|mom|husband|wife|son|daughter|brother|sister|grandfather|grandmother|"
    r"uncle|aunt|friend|boss|doctor)(?:\s+(?:often|always|once|also|then|later|still|would))?"
)


_ANOTHER = frozenset({"another", "a second", "a third", "a fourth", "yet another"})


_IMPLAUSIBLE = re.compile(r"^[^\w]|^\w?[’']s\b|\b(?:I|I’m|I'm|that’s|that's|me|my)\b")


def _plausible(speaker: str) -> bool:
    if speaker in PRONOUNS:
        return True  # resolved later to a person
    words = speaker.split()
    acronym = words[0].isupper()  # "WHO" is the organisation, "Who" a sentence's first word
    common = len(words) == 1 and words[0].lower() in COMMON_CAPITALISED - _PLATFORMS and not acronym
    # "EB-5" is no speaker; "a 52-count civil complaint" is one
    digits = any(ch.isdigit() for ch in speaker) and not DETERMINERS.match(speaker)
    # ("the 56-year-old" is someone the story has named or will: the epithets name them)
    adverb = len(words) == 1 and re.fullmatch(r"[a-z]+ly", words[0]) and words[0] not in ("family", "ally")
    if _IMPLAUSIBLE.search(speaker) or common or digits or adverb:
        return False  # ("and reportedly argued": no one called "reportedly")
    if len(words) >= 2 and all(word.isupper() for word in words) and any(len(word) > 4 for word in words):
        return False  # a run-in heading in capitals ("CONGRESS HAS INVESTIGATED HIM —"), not a name
    return not (len(words) == 2 and words[0].lower() in PLACE_FIRST and words[0][:1].isupper())


_ONE_OF_THEM = re.compile(
    r"(?:[Oo]ne|[Ss]ome|[Tt]wo|[Tt]hree)\s+of\s+(?:the|his|her|their|those|these|its)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s"
)
"""Someone unnamed, one of a group the story names by its noun: "one of the security contractors"."""


_FILED_BY = re.compile(
    r"(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:document|filing|statement|letter|report|memo|motion|brief)s?\s+"
    r"(?:filed|written|released|issued|signed|sent|submitted)\s+by\s+(?P<who>.+)",
    re.IGNORECASE,
)
"""A document named with whoever filed or wrote it: the words are theirs."""


_OWNERS_NAMED_BODY = re.compile(
    r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?(?:['’]s?)\s+(?:[a-z][\w-]*\s+){1,2}"
    r"(?P<body>(?:[A-Z][\w&.-]*\s+){1,4}[A-Z][\w&.-]*)"
)
"""An organisation named after whose it is: "Sanders’s hometown Burlington Free Press"."""


_ROLE_THEN_FULL_NAME = re.compile(
    r"\s(?P<role>[a-z][\w-]*)\s+(?P<name>(?:(?:al|el)-)?[A-Z][\w’'.-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w’'.-]+){1,2})$"
)
"""A description that ends on a lower-case role and a full name: "the al Qaeda-linked Islamic
extremist cleric Anwar al-Awlaki" is al-Awlaki."""


_KNOWN_AS = re.compile(
    r"\b(?:(?:known|identified)\s+(?:only\s+)?as|call(?:ing|s|ed)\s+(?:himself|herself))\s+"
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})(?=$|,)"
)
"""A description that ends on the name the story may give: "the base chief known as Bob", "a man
calling himself Paul Paul"."""


_HELD_VIEWS = wordset(
    """assumption belief view argument claim message point hope answer response reply pitch promise
    warning prediction position contention theory premise conclusion"""
)
"""What a person holds or puts forward: "His assumption was that "…"" is his, whoever he is."""


_DESCRIBED_NAME = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:for|of|at|with|from|to|in|on|by|and)\s)[a-z][\w-]*\s+){1,2}"
    r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)"
)
"""A person named with a passing adjective: "a defensive Obama", "a defiant Donald Trump" (not "a
spokesman for Disney")."""


_ONE_OF_THEN_NAMED = re.compile(
    r"(?:One|Another)\s+of\s+[^,]{3,80},\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+),?"
)
"""One of a group, then the name: "One of the university's top executives, Michael Sexton,"."""


_SUBJECT_THEN_INFINITIVE = re.compile(
    r"(?!(?:When|While|If|As|After|Before|Since|Because|Although|Though)\s)"
    r"(?P<who>(?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s+"
    r"[a-z]+ed\s+(?:\S+\s+){0,8}?to"
)
"""A subject, its own verb, then the infinitive that is the cue: "The judge pointed to a previous
case to [say]", "Trump took to Twitter to [say]"."""


_ONE_FOLLOWER = re.compile(
    r"(?:[Oo]ne|[Aa]nother|[Aa]n?)\s+(?:[A-Z][\w’'.&-]*\s+){1,3}(?:(?:campaign|senior|top|former|longtime|close)\s+){0,2}"
    r"(?:backer|supporter|voter|fan|ally|critic|aide|loyalist|surrogate|opponent|detractor|donor|protester|"
    r"demonstrator|staffer|delegate|source|confidant|adviser|advisor|employee|insider|operative)\b"
)
"""One of someone's people, unnamed: "one Sanders supporter", "a Trump backer", "one Trump campaign source",
"one P&G Amiens employee"."""


def _speaker_named(phrase: str, people: People) -> str | None:
    phrase = NICKNAME.sub(r"\g<name>", phrase)  # Marcia "Cia" Price
    phrase = TRAILING_DATE.sub("", phrase.strip(' ,;:—–-()"“”')).strip(' ,;:—–-()"“”')
    phrase = re.sub(r"(?<=[a-z]{2})\.$", "", phrase)  # "…," said the ruling.: no full stop in a name
    if phrase.lower() in _ANOTHER:
        return phrase.lower()  # "…," one said. "…," said another: someone else, unnamed
    if _ONE_OF_THEM.fullmatch(phrase):
        return phrase[0].lower() + phrase[1:]  # "one of the security contractors", not "one"
    one_named = _ONE_OF_THEN_NAMED.fullmatch(phrase)
    if one_named:  # "One of the university's top executives, Michael Sexton,": Sexton
        return people.fullest(one_named.group("name"))
    infinitive = _SUBJECT_THEN_INFINITIVE.fullmatch(phrase)
    if infinitive:  # "The judge pointed to a previous case to [say]": the judge
        return _speaker_named(infinitive.group("who"), people)
    filed_by = _FILED_BY.fullmatch(phrase)
    if filed_by:  # "according to a court document filed by state attorney Dave Aronberg": his words
        return _speaker_named(filed_by.group("who"), people)
    if _FIRST_PERSON_SUBJECT.fullmatch(phrase):
        return FIRST_PERSON  # "I laughed and said, "…"": the writer
    kin = _MY_KIN.fullmatch(phrase)
    if kin:
        return f"the writer's {kin.group('kin')}"  # "my father often said": not "my"
    phrase = re.split(r",?\s+(?:who|which|whose)(?=[\s,])", phrase)[0]  # ("Bruce Turry, who, like …")
    if _ONE_OF_THEM.fullmatch(phrase):
        return phrase[0].lower() + phrase[1:]  # "one of those advisers, who spoke on …"
    known_as = _KNOWN_AS.search(phrase)
    if known_as:  # "the base chief known as Bob": Bob
        return people.fullest(known_as.group("name"))
    phrase = re.sub(r"^(?:Said|Says|Added|Adds|Wrote|Writes)\s+(?=[A-Z])", "", phrase)  # `Said Ellis: "…"`
    phrase = LEADING_WORDS.sub("", re.sub(r"(?:,\s*|\s)?\b\d+-year-old\s+", " ", phrase).strip())
    # "the 63-year-old senator"; "the bespectacled, 71-year-old diplomat": the bespectacled diplomat
    phrase = re.sub(r"^\d[\w/-]*\s+(?=[a-z]+\s+[A-Z])", "", phrase)  # "9/11 widow Terry Strada": no poll
    for _ in range(3):  # "Last November, Hillary Clinton tweeted"; "Either way, at some point, Ford’s father"
        opened = INTRODUCTION.sub("", phrase) or phrase
        if opened == phrase:
            break  # (most phrases open on no introduction: one search, not three)
        phrase = opened
    phrase = TRAILING_AUXILIARIES.sub("", phrase).strip(" ,")
    body_on = _BODY_ON_A_SUBJECT.fullmatch(phrase)
    if body_on:  # "Parliament's Joint Committee on Intelligence and Security": all of it, not its subject
        return re.sub(r"^The\b", "the", phrase)
    if not phrase or NOT_A_SPEAKER.search(phrase.split(",")[0]):  # (an appositive may name a poll)
        return None
    staff = _PEOPLE_AT_ORG.match(phrase.split(",")[0])
    if staff:  # "Officials at Homeland Security Investigations, a division of …": those officials
        return f"{staff.group(1).lower()} {staff.group(2)}"
    document = DOCUMENT_FROM.match(phrase)
    if document:
        return _speaker_named(document.group("who"), people) or phrase
    owners_body = _OWNERS_NAMED_BODY.fullmatch(phrase)
    if owners_body and is_org(owners_body.group("body")):  # "Sanders’s hometown Burlington Free Press": the
        return owners_body.group("body")  # paper, not Sanders
    kin = _OWNERS_PEOPLE.match(phrase)
    if kin:  # "Scott's family has called on …": the family, not Scott
        junior = f"{kin.group('owner')} Jr"
        if kin.group("kin") == "son":  # "Donald Trump’s son" where the article names Donald Trump Jr.
            return next((name for name in _names(people) if name.startswith(junior)), phrase)
        return phrase
    owned = _OWNERS_PERSON.match(phrase)
    if owned and _person_noun(owned.group("head")):
        return phrase  # "Hillary Clinton’s right-hand woman", "Obama's former campaign strategist"
    site = _OWNERS_SITE.match(phrase)
    if site:  # "the Trump campaign's website": the campaign
        return _speaker_named(site.group("owner"), people)
    one_follower = _ONE_FOLLOWER.match(phrase)
    if one_follower:  # `"…," wrote one Sanders supporter`: a supporter, not Sanders
        described = phrase.split(",")[0].rstrip(".")
        return described[0].lower() + described[1:]
    words = phrase.split()
    if FOLLOWERS.fullmatch(phrase) and not DETERMINERS.match(phrase) and words[0].lower() not in PRONOUNS:
        return phrase  # "Clinton supporters responded with chants of "…"": her supporters, not Clinton
    if words[0].lower() in ("his", "her", "their", "its") and len(words) >= 2:
        named_after = _DESCRIBED_THEN_NAMED.match(phrase.rstrip("."))
        if named_after:  # "His former business partner at Lenox, Lawrence B. Cummings, called"
            return people.fullest(named_after.group("name"))
        given = _DESCRIBED_THEN_GIVEN_NAME.fullmatch(phrase.rstrip("."))
        full = people.fullest(given.group("name")) if given else ""
        if given and " " in full:  # "her mother, Fiona, said": Fiona Parry, as the story names her
            return full
        if len(words) == 2 and words[1].lower() in _HELD_VIEWS and words[0].lower() in ("his", "her"):
            return "he" if words[0].lower() == "his" else "she"  # "His assumption … was that "…"": his
        return _description(phrase[0].lower() + phrase[1:])  # "her campaign said": not "her"
    pronoun = re.sub(r"[’'](?:d|ll|s|ve)$", "", words[0].lower())  # ("he’d respond")
    if pronoun in PRONOUNS and len(words) <= 2:
        return pronoun
    tail = phrase.rsplit(",", 1)[-1].strip().lower() if "," in phrase else ""
    if tail in ("he", "she", "they"):
        return tail  # `''… accurately measure'' income, he said`: the quote's sentence ends before "he"
    group_member = _GROUP_MEMBER.fullmatch(phrase)
    if group_member and _person_noun(group_member.group("role")):
        return people.fullest(group_member.group("name"))  # "Band member Flea shared": Flea, not "Band"
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in COMMON_CAPITALISED:
        return people.fullest(words[0])  # `Okafor said`: a surname the article never gives in full
    if len(words) == 1 and words[0].lower() in _PLATFORMS:
        return words[0]  # `"…," Twitter said in a statement`: the company (not a place, as in "on Twitter")
    role_then_name = _ROLE_THEN_NAME.search(phrase.split(",")[0].rstrip("."))
    if role_then_name:  # "Hillary Clinton campaign spokesman Glen Caplin": Caplin, not Clinton
        return people.fullest(role_then_name.group(1))
    named_after = _DESCRIBED_THEN_NAMED.match(phrase.rstrip("."))
    if named_after:  # "a spokeswoman for Trump hotels, Jennifer Rodstrom": the name
        return people.fullest(named_after.group("name"))
    if _NAMED_STAFF.match(phrase):
        return phrase[0].lower() + phrase[1:]  # "another Ryan spokesperson": not Ryan, their staff
    if _capitalised_description(words, people):
        return phrase[0].lower() + phrase[1:]  # "Aviation analysts called it …": a description
    described_name = _DESCRIBED_NAME.fullmatch(phrase)
    if described_name and people.knows(described_name.group(1).split()[-1]):
        return people.fullest(described_name.group(1))  # "A defensive Obama said": Obama
    role_then_full_name = _ROLE_THEN_FULL_NAME.search(phrase) if DETERMINERS.match(phrase) else None
    if (
        role_then_full_name
        and role_then_full_name.group("role") not in _FUNCTION_WORDS
        and _person_noun(role_then_full_name.group("role"))
        and people.fullest(role_then_full_name.group("name")) in people.full_names.values()
    ):
        return people.fullest(role_then_full_name.group("name"))  # "the extremist cleric Anwar al-Awlaki"
    if DETERMINERS.match(phrase) and len(words) > 1 and words[1][:1].islower():
        return _description(phrase)  # "the authors of the study": a description
    if (
        2 <= len(words) <= 5
        and words[0].lower() == "the"
        and words[-1].lower() in _PARTY_MEMBERS | STATE_DEMONYMS.keys()
    ):
        return (
            phrase[0].lower() + phrase[1:]
        )  # "the (Iowa) Republican", "the Texan": a description, not a name
    if _OWNED_BODY.fullmatch(phrase):
        return phrase  # "Gowdy’s office will be …": the office, not Gowdy himself
    group = _NAMED_GROUP.match(phrase)
    if group:
        return group.group(0)  # "the Trump campaign", "the CNN host": not Trump, not CNN
    runs = _name_runs(phrase, people)
    best = max(runs, key=lambda run: run[1], default=None)
    head = phrase.split(",")[0].split()
    if (
        "," in phrase
        and runs
        and runs[0][1] >= 2
        and all(w[0].isupper() and not w.endswith(("’s", "'s")) for w in head)
    ):
        best = runs[0]  # "Flynn, the president of Common Cause": the subject, not their employer
    described = re.match(r"([A-Z][\w’'.-]+),\s+(?:the|an?)\s", phrase)
    if described and described.group(1).lower() not in COMMON_CAPITALISED and (best is None or best[1] < 2):
        return people.fullest(described.group(1))  # "Xinhua, the official Chinese news agency": one name
    if best is not None and best[1] >= 2:
        return honoured(people.fullest(best[0]), phrase, people)
    advert = NAMED_ADVERT.fullmatch(phrase)
    if advert:  # "One Club for Growth ad, which is airing, argues": the group that runs it
        return advert.group("who")
    if DETERMINERS.match(phrase):
        rest = phrase.split(None, 1)[1] if len(words) > 1 else ""
        if best is not None and best[1] >= 1 and rest.startswith(best[0].split()[0]):
            after_name = rest[len(best[0]) :].split() if rest.startswith(best[0]) else []
            if after_name and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", after_name[0]):
                return _description(phrase)  # "the CNN host", "the GOP front-runner": a person, not the body
            return f"the {best[0]}" if words[0].lower() == "the" else best[0]
        return _description(phrase)
    if best is not None and best[1] >= 1:
        return best[0]
    if len(words) <= 3 and all(w.islower() and w not in _FUNCTION_WORDS for w in words) \
            and words[0] not in COMMON_CAPITALISED:  # fmt: skip
        return phrase  # "officials", "police officers"; not "approach to the" (demands)
    return None


_PLATFORMS = wordset("twitter facebook instagram")
"""Companies whose names the rules otherwise read as places ("on Twitter"), never as a person."""


_PEOPLE_AT_ORG = re.compile(
    r"^([A-Z]?[a-z]+s)\s+((?:at|of|from|with)\s+(?:the\s+)?(?:[A-Z][\w&’'.-]*\s*){1,6})$"
)
"""People of an organisation, the sentence's first words: "Officials at Homeland Security Investigations"."""


_FUNCTION_WORDS = wordset(
    "a an the to of in on at for from with by and or but that this these those it than as like"
)


_OWNERS_PEOPLE = re.compile(
    r"(?P<owner>(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+)[’']s\s+(?P<kin>family|relatives|parents|children|widow|"
    r"wife|husband|son|daughter|mother|father|brother|sister|lawyers?|attorneys?|spokes(?:man|woman|person)|aides?|"
    r"friends?)$"
)


_OWNERS_PERSON = re.compile(
    r"(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+[’']s\s+(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)$"
)
"""Someone's person, described: the owner's, not the owner ("Obama's former campaign strategist")."""


def _names(people: People) -> list[str]:
    return [*people.full_names.values(), *people.genders]


_OWNERS_SITE = re.compile(r"(?P<owner>.+?)[’']s?\s+(?:website|site|web page|page|blog|account|feed)$")


_ROLE_THEN_NAME = re.compile(
    rf"^(?:(?:former|longtime|onetime|then)\s+)?(?:[A-Z][\w’'.&-]*\s+){{1,4}}{STAFF_ROLE}\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{1,2}})$"
)
"""A name after the lower-case role that follows whom the person works for ("Hillary Clinton campaign
spokesman Glen Caplin", "former George W. Bush speechwriter Noam Neusner"): the person."""


_GROUP_MEMBER = re.compile(
    r"[A-Z][a-z]+\s+(?P<role>[a-z]+)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
"""A common noun capitalised at a sentence's start, a lower-case role and a name: "Band member
Flea", "Campaign manager Jeff Weaver"."""


_NAMED_STAFF = re.compile(
    r"^(?:(?:a|an|another|one|the)\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}"
    r"(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|staffer|lawyer|attorney|official)$",
    re.IGNORECASE,
)
"""Someone who speaks for a person or body the phrase names: "a Ryan spokesperson"."""


_DESCRIBED_THEN_NAMED = re.compile(
    r"^(?:(?:[Aa]n?|[Aa]nother|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]|(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*[’']s\s+)[^,]*,\s*"
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})(?:\s+(?:of|at|from)\s+the\s+[^,]{2,60})?$"
)  # "a spokeswoman for the hotels, Jennifer Rodstrom", "Brazile's CNN colleague, Jake Tapper",
# "California Rep. Duncan Hunter’s chief of staff, Joe Kasper", "another leading Supreme Court
# advocate, Andrew J. Pincus of the law firm Mayer Brown"


_BODY_ON_A_SUBJECT = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}(?:Committee|Subcommittee|Council|Commission|Board|Institute|"
    r"Center|Centre|Office|Bureau|Agency|Panel|Caucus)\s+(?:on|for)\s+[A-Z][\w’'.-]*"
    r"(?:\s+(?:and|&|the|[A-Z][\w’'.-]*)){0,3}"
)
"""A body named with what it deals with: "the Joint Committee on Intelligence and Security", "the
Senate Committee on Foreign Relations", "the Center for American Progress"."""


_DESCRIBED_THEN_GIVEN_NAME = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][^,]*,\s*(?P<name>[A-Z][a-z’'-]+)"
)
"""Someone's relation named by a given name alone ("her mother, Fiona"): the person of that given
name the story names in full elsewhere."""


_NAMED_GROUP = re.compile(
    r"^(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w’'.-]*\s+){1,2}[a-z]+"
    r"(?=$|\s+(?:[a-z]+ed|sent|said|says|told|wrote|has|had|is|was)\b)"
)
"""A determiner, a name and a noun (the subject, when a verb follows): the body or person the
name belongs to."""


_DESCRIPTION_END = re.compile(
    r"\s+(?:of|in|at|for|from|with|that|on|via|per|to|by|who|which|said|says|has|have|had|is|are|was|were|"
    r"signed|written|issued|sent|released|also|then|later|again|recently|instead|"
    rf"{IRREGULAR_PAST}|"
    r"did|does|do|will|would|could|should|can|may|might|must|not|speaking|talking|writing|commenting)\b|,"
)


_OWNED_BODY = re.compile(
    r"(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w-]+[’']s\s+(?:office|campaign|staff|team|aides|lawyers|attorneys)"
)


_PARTY_MEMBERS = wordset("republican democrat independent libertarian")


def _description(phrase: str) -> str:
    """ "the doctors said they also have …" is "the doctors": a description ends at its first verb
    ("The statement noted they", "Other leaders used particularly blunt language")."""
    if _COORDINATE_ADJECTIVES.fullmatch(phrase):
        return phrase  # "The snarky, anti-GOP/Obama water-carrying headline": its comma is no end
    part = _PART_OF_GROUP.match(phrase)
    if part:
        return part.group(0)  # "one of two witnesses who relayed …": not "one"
    head = _DESCRIPTION_END.split(_PAST_AFTER_PLURAL.split(phrase)[0])[0]
    verb = VERB.search(head)
    if verb and not DETERMINERS.fullmatch(head[: verb.start()]):  # ("One tweet said": tweet is its noun)
        head = head[: verb.start()]
    indefinite = head.split()[0].lower() in ("a", "an", "one", "another") if head.split() else False
    noun = head.rsplit(None, 1)[0] if head.split()[-1:] and head.split()[-1].lower() in _POSTPOSED else head
    tail = _PERSON_TAIL.match(phrase[len(head) :]) if indefinite and _person_noun(noun) else None
    if tail:  # "A spokesman for the buyer", "one person with knowledge of the governor's dilemma"
        head += tail.group(0)  # (not "the secretary of state": a definite one is named by its role)
    members = _MEMBERS_OF_COLLECTIVE.match(phrase, len(head)) if head.split()[-1:] and \
        head.split()[-1].lower() in _COLLECTIVES else None  # fmt: skip
    if members:  # "A small group of students": who they are, not only how many
        head += members.group(0)
    return " ".join(head.split()[:8])  # "the former first lady and U.S. senator"


_PART_OF_GROUP = re.compile(
    r"(?:[Oo]ne|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Ee]ach|[Mm]ost|[Bb]oth)\s+of\s+"
    r"(?:(?:the|his|her|their|its|those|these|two|three|four|five)\s+)?(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*s"
    r"(?=$|,|\s+(?:who|which|that|said|says|told|has|have|had|is|are|was|were|in|at|for|from|with)\b)"
)
"""A description that is one or some of a group: "one of two witnesses", "several of his aides"."""


_COLLECTIVES = frozenset({"group", "crowd", "handful", "couple", "pair", "band", "bunch", "dozen", "number"})
_MEMBERS_OF_COLLECTIVE = re.compile(r"\s+of\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b")
"""How many of whom: "a group of students", "a handful of Republican senators" (lower-case only)."""


_POSTPOSED = frozenset({"familiar", "close", "knowledgeable", "loyal", "briefed", "involved"})
"""Adjectives after a person noun that begin what says which person is meant: "a source familiar
with …", "a person close to the senator"."""


_PERSON_TAIL = re.compile(
    r"\s+(?:for|at|with|of|from|on|in|to)\s+(?:(?!(?:who|which|that|said|says|told|has|have|had|is|are|was|were|"
    r"will|would|could|did|does|also|then)\b)[\w’'.&-]+\s*){1,6}?(?=$|,|\s+(?:who|which|that|said|says|told|has|"
    r"have|had|is|are|was|were|will|would|could|did|does|also|then)\b)"
)
"""What says which person a description means: "for the buyer", "with knowledge of …"."""


def _person_noun(head: str) -> bool:
    last = head.split()[-1].lower() if head.split() else ""
    return last in PERSON_NOUNS or last in ("person", "source", "sources") \
        or bool(PERSON_NOUN_ENDING.search(last))  # fmt: skip


_COORDINATE_ADJECTIVES = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+[a-z]+(?:y|ful|ous|ive|al|ic|ed|less|ish|ent|ant|able|ible),"
    r"\s+(?!(?:in|on|at|of|for|to|by|with|as|and|but|meanwhile|however|too)\b)(?:[\w/-]+\s+){1,3}[a-z][\w-]*"
)  # ("the senator, in turn" is the senator)


_PAST_AFTER_PLURAL = re.compile(r"(?<=[a-z]s)\s+[a-z]+ed\b|\s+[a-z]+ed(?=\s+by\b)")
"""A verb in the past after a plural noun ("leaders used") or before "by" ("a complaint filed by"):
where a description ends."""


def _capitalised_description(words: list[str], people: People) -> bool:
    """ "Aviation analysts", "Former royal PR aides": a description whose first word opens a sentence.
    It ends in people ("aides", "spokesman"), not in a thing ("Practice kindness and empathy, says …")."""
    first = words[0]
    if not 2 <= len(words) <= 4 or not first[:1].isupper() or not words[-1].islower():
        return False
    if not (words[-1].endswith("s") or re.fullmatch(STAFF_ROLE, words[-1])):
        return False
    if not all(w.islower() or w.isupper() for w in words[1:]):
        return False  # "Former royal PR aides" is one; "Former aide Jo Smith" is not
    # "Party officials", "Police officers": a body's people; but "CNN reports" is no one
    staff = _person_noun(words[-1]) or words[-1] in ("officials", "aides")
    return (
        not people.knows(first) and (staff or not is_org(first)) and first.lower() not in COMMON_CAPITALISED
    )


def _name_runs(phrase: str, people: People) -> list[tuple[str, float]]:
    """Runs of capitalised words in a phrase, each with how likely it names the speaker:
    3 a person's full name, 2 a name the article gives in full elsewhere, 1 an organisation or
    acronym, 0 anything else (a sentence's first word, a month, a place)."""
    runs: list[tuple[str, float]] = []
    current: list[str] = []
    tokens = [*phrase.replace(",", " , ").split(), ","]
    for position, token in enumerate(tokens):
        if NAME_TOKEN.fullmatch(token) and token.lower() not in COMMON_CAPITALISED:
            current.append(token)
            continue
        if current and token == "in" and tokens[position + 1] in ("'t", "’t"):
            current.append(token)  # "Sophie in 't Veld"
            continue
        if current and token in ("of", "for", "and", "&") and tokens[position + 1][:1].isupper():
            current.append(token)  # "Office of Emergency Services"
            continue
        if current and not current[-1][0].isupper():
            current.pop()  # "van" at a run's end is not part of a name
        if current:
            runs.append(_score_run(current, people))
        current = []
    return runs


_PARTY_WORDS = wordset("democrat democratic republican")


def _score_run(tokens: list[str], people: People) -> tuple[str, float]:
    if len(tokens) == 2 and tokens[0].endswith(POSSESSIVE_ENDINGS):
        return " ".join(tokens), 1.0  # "Gomez's GOP (primary rival)": an owner and what he owns, no name
    if "of" in tokens[1:-1]:
        head = tokens[: tokens.index("of")]
        head_text = " ".join(head)
        titled = people_in(head_text, people) if is_org(head_text) else []
        if len(strip_titles(head_text).split()) >= 2 and not is_org(head_text):
            tokens = head  # "Rosaly Lopes of NASA's Jet Propulsion Laboratory": the person
        elif titled and " " in titled[-1] and head_text.endswith(f" {titled[-1]}"):
            tokens = head  # "House Speaker Paul D. Ryan of Wisconsin": the speaker, not his state
        elif all(t.lower().strip(".") in TITLES for t in head) and len(name_tokens(tokens)) >= 2:
            tokens = name_tokens(tokens)  # "Secretary of Defense Ash Carter": the person after the title
    run = " ".join(tokens)
    name = strip_titles(run)
    parts = name.split()
    if name != bare_name(run) and len(parts) >= 2 and not is_org(name):
        return name, 3.0  # "SciSpacE Team Leader Jennifer Ngo-Anh": a person after their title
    if is_org(run) or (len(parts) == 1 and parts[0].replace(".", "").isupper() and len(parts[0]) > 1):
        person = people_in(run, people)  # "House Speaker Paul D. Ryan": the person after the institution
        if person and " " in person[-1] and run.endswith(f" {person[-1]}"):
            return person[-1], 3.0
        return bare_name(run.removeprefix("The ")), 1.0
    member = " ".join(parts[1:])
    if len(parts) >= 3 and parts[0].lower() in GROUPS and member in people.full_names.values():
        return member, 3.0  # "Democrat Elijah Cummings": a party's member, named in full after it
    if len(parts) >= 2 and parts[0].lower() in GROUPS and name not in people.full_names.values():
        return name, 0.5  # "Republican Presidential (hopeful Sen. Ted Cruz)": a party's adjective, no name
    if len(parts) >= 2 and parts[-1].lower() in _PARTY_WORDS and name not in people.full_names.values():
        return name, 0.5  # "Presumptive Democrat (nominee Hillary Clinton)": a description ending on a party
    if len(parts) >= 2:
        return name, 3.0
    if parts and people.knows(parts[0]):
        return bare_name(parts[0]), 2.0
    return (parts[0] if parts else run), 0.0
