"""The people an article names: their fullest names, roles and genders, and who is said to speak where."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.quotes.first_names import gender_of_first_name
from reader.core.quotes.vocabulary import (
    ABBREVIATIONS,
    ACCORDING,
    APPOSITIVE,
    CLAUSE_START,
    COMMON_CAPITALISED,
    COUNTRIES,
    DATELINE,
    DEMONYMS,
    FEMALE_ROLE,
    GROUPS,
    INTRODUCTION,
    IRREGULAR_PAST,
    LEADING_WORDS,
    LOWER,
    MALE_ROLE,
    NAME_AFTER_VERB,
    NAME_IN_TEXT,
    NOT_AN_APPOSITIVE,
    ORG_WORDS,
    PARTY_TAG,
    PERSON_NOUN_ENDING,
    PERSON_NOUNS,
    PLACE_FIRST,
    PLACE_LAST,
    ROLE_STOPS,
    STAFF_ROLE,
    STATE_DEMONYMS,
    SUBJECT_OF_SPEECH,
    SUBJECT_PRONOUN,
    TITLES,
    UPPER,
    US_STATES,
    VERB,
    WORD,
    wordset,
)


@dataclass
class People:
    """Names the article gives in full, the roles it gives them, the genders its pronouns imply."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname -> fullest form
    first_names: dict[str, str] = field(default_factory=dict)  # first word -> full name, when unique
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    runs: dict[str, str | None] = field(default_factory=dict, repr=False)  # people_in's answers, by run
    first_surnames: set[str] = field(default_factory=set)  # surnames that are a fuller name's middle word
    party_tags: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (R/D/I, state)
    families: dict[str, list[str]] = field(default_factory=dict)  # surname -> each full name it ends
    sure_genders: dict[str, str] = field(default_factory=dict)  # genders a word like "wife" gave
    aliases: dict[str, str] = field(default_factory=dict)  # "Mike Ford" -> "John Milo Ford", his nickname

    def by_honorific(self, name: str, honorific: str) -> str:
        """Which of the people sharing a surname "Mr." or "Mrs." means ("Mrs. Clinton" beside Bill
        Clinton is Hillary Clinton); the name itself when the article cannot tell."""
        return self.member_by_honorific(name, honorific) or name

    def member_by_honorific(self, name: str, honorific: str) -> str | None:
        """The one of a surname's several people not known to be of the other gender than the
        honorific's (by a first name, a word like "wife", or the pronouns near them); None when
        there is one person of that surname, or no telling."""
        if not self.shares_surname(name):
            return None
        other = "f" if honorific.rstrip(".") == "Mr" else "m"
        family = self.families[_surname(name).lower()]
        possible = [member for member in family if self._gender_known(member) != other]
        return possible[0] if len(possible) == 1 else None

    def _gender_known(self, member: str) -> str | None:
        first = gender_of_first_name(member.split()[0])
        return first or self.sure_genders.get(member) or self.genders.get(member)

    def shares_surname(self, name: str) -> bool:
        """The article names someone else by this person's surname too ("Bill" and "Hillary Clinton")."""
        family = self.families.get(_surname(name).lower(), ())
        return len(family) > 1 and name in family

    def knows(self, token: str) -> bool:
        key = bare_name(token).lower()
        return key in self.full_names or bool(self.first_names.get(key))

    def fullest(self, name: str) -> str:
        name = bare_name(name)
        if name in self.aliases:
            return self.aliases[name]  # "Mike Ford", as everyone called John Milo Ford
        key = name.lower()
        if " " not in name and self.full_names.get(key, name) == name and self.first_names.get(key):
            return self.first_names[key]  # "Li" for Li Jifeng: a family name written first; "Donald"
            # for Donald J. Trump in a story that calls him so beside his brother Freddy
        surname = _surname(name).lower()
        full = self.full_names.get(surname)
        if full in (None, name) and " " not in name and not self.first_names.get(key):
            return self._misspelt(key) or name  # "Bryne went on to say" in a story about Gary Byrne
        if not full or len(full) <= len(name):
            return name
        joined = key in self.first_surnames  # ("Acosta" is Melba Acosta Febo)
        ends_on_it = full.lower().endswith(surname) or _surname(full).lower() == surname  # ("… Brooks Jr")
        if not (joined or ends_on_it):  # (any case: "Al-Awlaki" is al-Awlaki)
            return name
        first = name.split()[0]
        in_full = first.lower() in full.lower().split()  # ("Van der Berg" is Pieter van der Berg)
        if " " in name and not in_full and _given_name(first) and not is_org(name):
            return name  # "Rakeyia Scott" is not Keith Lamont Scott: a wife, a son, a brother
        return full

    def _misspelt(self, key: str) -> str | None:
        """The one full name whose surname is this word with two neighbouring letters swapped, or
        with one letter dropped or doubled, or one struck on the key beside it: the commonest slips in a
        name typed by hand ("Bryne" for Byrne, "Sweeny" for Sweeney, "Wines" for Wimes); none for
        short words, where a slip makes another name."""
        if len(key) < 5 or not key.isalpha():
            return None
        swaps = {key[:i] + key[i + 1] + key[i] + key[i + 2 :] for i in range(len(key) - 1)} - {key}
        found = {self.full_names[swap] for swap in swaps if swap in self.full_names}
        found |= {
            full
            for surname, full in self.full_names.items()
            if abs(len(surname) - len(key)) == 1 and surname.isalpha() and _one_letter_apart(surname, key)
        }
        found |= {
            full
            for surname, full in self.full_names.items()
            if len(surname) == len(key) and surname[0] == key[0] and _one_key_apart(surname, key)
        }  # ("Wines" for Leslie Wimes: the key beside the right one)
        return found.pop() if len(found) == 1 else None

    def gender(self, name: str | None) -> str | None:
        return self.genders.get(self.fullest(name)) if name else None


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_BESIDE = {
    row[i]: {row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)}
    for row in _KEY_ROWS
    for i in range(len(row))
}
"""Each letter's neighbours on its row of a QWERTY keyboard."""


def _one_key_apart(one: str, other: str) -> bool:
    """Whether the words differ in one letter only, typed with the key beside the right one."""
    different = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
    return len(different) == 1 and different[0][1] in _BESIDE.get(different[0][0], ())


def _one_letter_apart(one: str, other: str) -> bool:
    """Whether the longer word is the shorter with one letter put in."""
    shorter, longer = sorted((one, other), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


_PHOTO_CREDIT_LINE = re.compile(
    r"[^\n.]{2,60}?(?:\s+via\s+|\s*/\s*)(?:Getty\s+Images|Reuters|AP|AFP|EPA|Shutterstock)(?:\s+Photo)?\.?"
)
"""A photo's credit on a line of its own ("Orlando Sentinel via Getty Images.", "Carlos Barria /
Reuters."): the photographer or paper it names is no one in the story, and "Orlando" is no given
name to which a "he" may reach back."""


_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+) of $")


def _given_name(word: str) -> bool:
    """A word that can be someone's first name: capitalised, more than an initial, not a title,
    not a common capitalised word ("The Trump campaign")."""
    bare = word.strip(".,")
    return len(bare) > 1 and bare[:1].isupper() and _normal_title(bare) not in TITLES \
        and bare.lower() not in COMMON_CAPITALISED and bare.lower() not in ("the", "a", "an")  # fmt: skip


def _three_names(words: list[str], word_before: str) -> bool:
    """ "said Melba Acosta Febo": three names alone whose first our list of first names lacks, not
    a place's first word, a group, a demonym ("Iowan", "Israeli") or an organisation, nor before a
    listed first name, and not after a preposition ("ambassador to Britain Liu Xiaming")."""
    if len(words) != 3 or word_before.lower() in _BEFORE_A_PLACE:
        return False
    first, lower = words[0], words[0].lower()
    return (
        _given_name(first) and first.isalpha() and not gender_of_first_name(words[1])
        and lower not in PLACE_FIRST and lower not in GROUPS and lower not in _BEFORE_A_PLACE
        and not is_org(first) and not lower.endswith(("an", "ese", "ish", "i")) and not _person_noun(first)
    )  # fmt: skip


_BEFORE_A_PLACE = wordset("to of the for from in at by with and dear crown")


@lru_cache(maxsize=8192)  # (a pure function of the run, asked of the same runs over and over)
def strip_titles(run: str) -> str:
    """The name in a run of capitalised words: "Gov. Kristi Noem" is Kristi Noem, and so is the
    end of "SciSpacE Team Leader Jennifer Ngo-Anh" (what follows the last title word, if a name)."""
    tokens = run.split()
    titles = [i for i, token in enumerate(tokens) if _normal_title(token) in TITLES]
    if titles and len(tokens) - titles[-1] - 1 >= 2:
        tokens = tokens[titles[-1] + 1 :]
    elif (
        titles
        and titles[-1] > 0
        and _normal_title(tokens[titles[-1]]) in _HONORIFICS
        and titles[-1] < len(tokens) - 1
    ):
        tokens = tokens[titles[-1] + 1 :]  # "What Mr. Obama has seen": Obama, not "What Mr. Obama"
    while len(tokens) > 1 and _normal_title(tokens[0]) in TITLES:
        tokens.pop(0)
    if len(tokens) == 3 and all(token[:1].isupper() for token in tokens) and _person_noun(tokens[0]):
        tokens.pop(0)  # "Reporter Jomana Karadsheh says:": what she is, then her name
    return bare_name(" ".join(tokens))


def _person_noun(word: str) -> bool:
    """A capitalised noun for what someone is ("Reporter", "Columnist", "Rabbi"), not a first name
    we know ("Heather") nor one like "Hillary"."""
    lower = word.lower()
    if gender_of_first_name(word) or not word[:1].isupper() or not word.isalpha():
        return False
    return (
        lower in PERSON_NOUNS
        or lower in ("congressman", "congresswoman")
        or bool(re.search(r".{3}(?:er|or|ist|yst)$", lower))
    )


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})


@lru_cache(maxsize=8192)
def _normal_title(token: str) -> str:
    return bare_name(token.lower().replace(".", ""))


def is_org(run: str) -> bool:
    """A run of words with an organisation's word in it ("Security Council", "Brady Campaign's")."""
    for token in run.lower().split():
        token = token.strip(".,")
        if token in ORG_WORDS or (token[-1:] in ("s", "’", "'") and bare_name(token) in ORG_WORDS):
            return True
    return False


POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
"""How an owner's name ends ("Gomez's", "Sanders’")."""


def bare_name(name: str) -> str:
    """A name without its possessive: "Obama's", "Sanders’" (a plural-style apostrophe) are Obama, Sanders."""
    if name[:1].isalnum() and name[-1:].isalnum() and name[-1] != "s":
        return name  # (most names: nothing to take off; this runs for every word of every run)
    name = name.removesuffix("’s").removesuffix("'s").strip(" ,.")
    return name[:-1] if name[-1:] in ("’", "'") and name[-2:-1] == "s" else name


_SENTENCE_BREAK = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bDel)(?<!\bGen)(?<!\bRev)[.;:!?](?:''|[\"”’])?\s"
)
"""A clause's end, not the full stop of "Mr." or "Sen.", and one that closes a quote or a title
("… his book ''The Art of the Deal.'' Mr. Trump said": Trump)."""


_BLANKED_QUOTE = re.compile(r"\s{4,}")
"""Where a quote was blanked out of the writer's words: what comes after it is the cue's own clause."""


def reporters_in(text: str, people: People) -> list[str]:
    """People a stretch of text says said something, in the order it says so: the subject just
    before each speech verb, and whoever things are "according to"."""
    found: list[tuple[int, str]] = []
    mentions_source = "ccording" in text or "per " in text or "Per " in text  # (a cheap test first)
    for according in ACCORDING.finditer(text) if mentions_source else ():  # "according to a post from …"
        found.extend((according.start(), name) for name in people_in(according.group("who"), people)[-1:])
    for verb in VERB.finditer(text):
        inverted = NAME_AFTER_VERB.match(text, verb.end())
        if inverted and text[: verb.start()].rstrip().endswith(","):
            named = people_in(inverted.group(1), people)  # "…, said Robert Shapiro, a professor"
            if named:
                found.append((verb.start(), named[0]))
                continue
        clause = _SENTENCE_BREAK.split(text[max(0, verb.start() - 120) : verb.start()])[-1]
        clause = _BLANKED_QUOTE.split(clause)[-1] or clause  # "Yet Trump is also a "…," Cole said": Cole
        if ", and " in clause or ", but " in clause:  # (", and 74 percent said": not Obama)
            clause = _SECOND_CLAUSE.split(clause)[-1] or clause
        if _PRONOUN_FIRST.match(clause):
            continue  # "He called Ryan a … and boasted": he did, not Ryan
        if _PRONOUN_INTERJECTED.search(clause):
            continue  # "Proposals from Hillary Rodham Clinton, he added, amount to": he said it, not Clinton
        if _PRONOUN_CLAUSE_END.search(clause):
            continue  # "… Mr. Putin, Mr. Trump was pressed on why he had said": he, whoever he is
        nearest = clause.rsplit(",", 1)[-1]
        interjected = (
            people_in(nearest, people) if "," in clause and _BARE_NAME.fullmatch(nearest.strip()) else []
        )
        if interjected:  # "The good news for Cruz, Woolson said, is that …": Woolson, not Cruz
            found.append((verb.start(), interjected[-1]))
            continue
        subordinate = _SUBORDINATE_OPENING.match(nearest) if "," in clause else None
        described_by = subordinate.group("role") if subordinate else None
        if described_by and not _heads_a_role(described_by):
            subordinate = None  # "…, when a young man asked Clinton": not Clinton, whom he asked
        named_in_it = people_in(subordinate.group("who"), people) if subordinate else []
        if named_in_it and not _possessive_in(named_in_it[0], nearest):
            found.append((verb.start(), named_in_it[0]))  # "… think of as Iceberg Passages, after the
            continue  # novelist Jo Walton explained them": Walton, the subject of the clause the verb is in
        if _UNNAMED_SUBJECT.match(nearest) and not people_in(nearest, people):
            continue  # "…, as some party leaders have taken to saying": they, not a name before them
        if _OPENING_PHRASE.match(clause) and "," in clause:
            clause = clause.split(",", 1)[1]  # "In a letter to Obama, Warren called …": Warren
        head, whole = people_in(clause.split(",")[0], people), people_in(clause, people)
        head = _named_in_apposition(clause.strip(), people) or head
        closing_apposition = _NAME_THEN_ROLE_AT_END.search(clause)
        if closing_apposition and people_in(closing_apposition.group("name"), people):
            head = people_in(closing_apposition.group("name"), people)  # "… ineligible, Roberta Lange, the
            # state party chairwoman, said": Lange, not the Sanders of the clause before her
        staff = _EMPLOYER_THEN_NAME.fullmatch(clause.split(",")[0].strip()) if len(head) > 1 else None
        if staff and head[-1].split()[-1] == staff.group(1).split()[-1]:
            head = head[-1:]  # "Cruz spokesman Rick Tyler said": Tyler, not the Cruz he works for
        named = [name for name in head or whole if not _possessive_in(name, clause)]
        named = named or [name for name in whole if not _possessive_in(name, clause)] or head or whole
        named = [name for name in named if not object_in(name, clause)]
        if named:  # "…," said Clinton's communications director, Jennifer Palmieri: Palmieri
            found.append((verb.start(), named[0]))
    return [name for _, name in sorted(found, key=lambda place: place[0])]


_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:after|before|when|while|because|since|until|once|though|although)\s+"
    r"(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?P<role>[a-z-]+)\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
)
"""A clause set off after a comma by its conjunction and opening on a name ("…, after the novelist Jo
Walton explained"): that name, not the one before the comma, is the subject of the clause's verb."""


_PRONOUN_FIRST = re.compile(r"\s*(?:he|she|they)\b", re.IGNORECASE)
"""A clause whose subject is a pronoun: "He called Ryan a …" is his, not Ryan's."""


_PRONOUN_INTERJECTED = re.compile(r"[,;]\s*(?:he|she|they)\s*$", re.IGNORECASE)
"""A pronoun and its verb interjected: "Proposals from Hillary Rodham Clinton, he added"."""


_HE_OR_SHE = re.compile(r"(he|she)\b", re.IGNORECASE)


_PRONOUN_CLAUSE_END = re.compile(
    r"\b(?:why|how|what|when|that|whether)\s+(?:he|she|they)(?:\s+(?:had|has|have))?\s*$"
)
"""A clause whose own subject, right before its speech verb, is a pronoun: no name before it said it."""


_SECOND_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=\S)")
"""Where a second clause with its own subject begins: "… of President Obama's performance, and 74
percent said" (74 percent said it, not Obama)."""


_OPENING_PHRASE = re.compile(
    r"\s*(?:In|On|At|After|Before|During|With|From|To|For|Under|Since|Despite|Following|Unlike|Like|When|While|"
    r"Asked|Pressed|Challenged|Questioned|Confronted|Interviewed|Speaking|Responding|Reacting|Writing|Appearing|"
    r"Filling|Of)\b"
)
"""A sentence that opens with a phrase before its subject ("In a letter to Obama, Warren called")."""


def object_in(name: str, text: str) -> bool:
    """The name's last mention follows a lower-case word that is no conjunction ("a young man asked
    Clinton why young people … thought"): the object of a verb or preposition, not who spoke; unless
    a verb follows it ("to insinuate Carson was …": the subject of a clause of its own)."""
    last = name.split()[-1]
    at = text.rfind(last)
    while at > 0 and (text[at - 1].isalnum() or text[at + len(last) : at + len(last) + 1].isalnum()):
        at = text.rfind(last, 0, at)  # (a whole word: not "Clintonite")
    if at <= 0 or _FINITE_VERB.match(text, at + len(last)):
        return False
    word_before = _WORD_BEFORE_NAME.search(text, max(0, at - 80), at)
    if word_before and word_before.group(1) in PERSON_NOUNS:
        return False  # "Gomez's primary rival Sen. Dana Whitcombe said": what she is, not whom one acts on
    if (
        word_before
        and word_before.group(1) == "of"
        and _TITLE_BEFORE_OF.search(text, 0, word_before.start(1))
    ):
        return False  # "That, RNC Chief of Staff Katie Walsh explained": a title's "of", not a preposition
    return bool(word_before) and word_before.group(1) not in _CLAUSE_OPENERS


_WORD_BEFORE_NAME = re.compile(r"(?:^|\s)([a-z]+)\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")
"""The lower-case word before a name, past up to two of its first names or titles."""


_TITLE_BEFORE_OF = re.compile(r"\b[A-Z][a-z]+\s+$")
"""A capitalised word right before "of": the "of" inside a title ("Chief of Staff", "Secretary of
State"), where "a friend of Anna Kell" has a lower-case one."""


_FINITE_VERB = re.compile(
    r"\s+(?:was|is|were|are|had|has|have|would|will|could|should|did|does|[a-z]+ed|[a-z]+s)\b"
)
"""A verb right after a name: the name is a clause's subject, whatever comes before it."""


_CLAUSE_OPENERS = wordset(
    "and but or nor when while as because since after before that if though although so until where whereas "
    "then also once unless"
)
"""Lower-case words a subject may follow ("… when Clinton said"): a name after any other is an object."""


def _possessive_in(name: str, text: str) -> bool:
    """The name is written as an owner ("Clinton's aide"): someone else's employer, not a subject."""
    last = name.split()[-1]
    return f"{last}’s" in text or f"{last}'s" in text


def subjects_in(text: str, people: People) -> list[str]:
    """The people who are the subjects of a stretch of text's sentences ("After the show, Simmons
    teed up McDonald's cameo": Simmons), in order: what a following "he said" most likely means."""
    found = []
    for sentence in _split_at_but(sentences(text)):
        stripped, clause_subject = DATELINE.sub("", sentence.strip(), count=1), None
        clause = INTRODUCTION.match(stripped) if stripped.startswith(_SUBORDINATE_FIRST_WORDS) else None
        # "When Mr. Clinton had trouble …, Mr. Trump boasted": Trump, not Clinton; but "While Trump
        # affirmed …, he also stated" and "As for Trump, he said …": Trump
        if clause:
            named = people_in(" ".join(clause.group(0).split()[1:5]), people)
            clause_subject = named[0] if named else None
            stripped = stripped[clause.end() :]
        opened = LEADING_WORDS.sub("", stripped)
        main = INTRODUCTION.sub("", opened)
        if main != opened:  # "Absent Sanders' plan, which he has not introduced, Clinton pointed": Clinton
            main = _RELATIVE_AFTER_OPENING.sub("", main)
        appositive = _INTRODUCTION_APPOSITIVE.match(main) if main != opened else None
        if appositive:  # "On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed": Trump
            main = main[appositive.end(1) :].lstrip(", ")
        pronoun = _HE_OR_SHE.match(main)
        if pronoun:  # "Saban spurred …. He urged Clinton aides …": still Saban, not Clinton
            gender = "m" if pronoun.group(1).lower() == "he" else "f"
            earlier = [clause_subject] if clause_subject else found[-1:]
            if earlier and people.gender(earlier[0]) in (None, gender):
                found.append(earlier[0])
            continue
        inverted = _THERE_WAS_NAME.match(stripped)
        named = people_in(inverted.group(1), people) if inverted else []
        if named:  # "Yet there in the back was Garcia, the grocery store worker.": Garcia
            found.append(named[0])
            continue
        words = main.split()
        reach = 4  # the first words, and the rest of a long name ("SEIU President Mary Kay Henry")
        while reach < min(len(words), 8) and words[reach - 1][:1].isupper():
            reach += 1
        named = people_in(" ".join(words[:reach]), people)
        staff = _EMPLOYER_THEN_NAME.match(main)
        if staff:  # "Trump campaign spokesman Jason Miller told …": Miller, not Trump
            named = people_in(staff.group(1), people) or named
        named = _named_in_apposition(main, people) or named or named_after_role(main, people)
        if named and not FOLLOWERS.match(" ".join(words[: reach + 1])):
            found.append(named[0])
            continue
        sent_by = _SENT_BY.match(main)  # "An email sent … by Jennifer Palmieri to Podesta indicates …"
        named = people_in(sent_by.group(1), people) if sent_by else []
        if named or clause_subject:  # ("When Emily Martin, the general counsel …, gave a talk": Martin)
            found.append(named[0] if named else clause_subject)
    return found


_THERE_WAS_NAME = re.compile(
    r"(?:[Yy]et\s+|[Aa]nd\s+|[Bb]ut\s+)?[Tt]here\b[^,.;:]{0,40}?\s(?:was|stood|sat)\s+"
    r"((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\b"
)
"""A sentence whose subject comes after its verb: "Yet there in the back was Garcia, …"."""


_SUBORDINATE_FIRST_WORDS = (
    "When ",
    "While ",
    "As for ",
    "Although ",
    "Though ",
    "Because ",
    "After ",
    "Before ",
    "Once ",
    "At the moment ",
    "As soon as ",
    "Until ",
    "If ",
)
"""A sentence opening on a clause of its own, set off by a comma before the main clause's subject."""


def _split_at_but(text_sentences: list[str]) -> list[str]:
    """ "The moderators were ready to move on, but Christie wasn't having it.": two clauses, each
    with its subject, the later one the likelier "he" of a following quote."""
    split = []
    for sentence in text_sentences:
        if "but " not in sentence and "yet " not in sentence:
            split.append(sentence)  # (most sentences: no regex needed)
            continue
        split.extend(part for part in _BUT_NAME.split(sentence) if part.strip())
    return split


_BUT_NAME = re.compile(r"(?<=[a-z]),\s+(?:but|yet)\s+(?=[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2},?\s+[a-z])")


_RELATIVE_AFTER_OPENING = re.compile(r"^(?:which|who)\s[^,]{0,80},\s*")


_INTRODUCTION_APPOSITIVE = re.compile(
    r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+),\s+(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+(?<![’']s)"
    r"\s+(?!and\b|or\b)[a-z]"
)
"""A name that ends a sentence's opening phrase ("On the topic of another tough guy, Mr. Putin,")
before the sentence's own subject."""


_SENT_BY = re.compile(
    r"(?:An?|The)\s+(?:e-?mail|letter|memo|message|note|text|tweet)\b[^.;]{0,80}?\bby\s+"
    r"(?:(?:[A-Z][\w’'.-]*\s+){0,3}(?:[a-z]+\s+){1,3})?((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'.-]+)"
)
"""A sentence about a message that names who wrote it: a following "she wrote" is the writer."""


_EMPLOYER_THEN_NAME = re.compile(
    rf"(?:[A-Z][\w’'.-]*\s+){{1,4}}{STAFF_ROLE}\s+((?:[A-Z][\w’'.-]+\s+){{0,2}}[A-Z][\w’'.-]+)"
)
"""A sentence that opens with whom someone works for, their role, then their name."""


_BARE_NAME = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}")
"""A name and nothing else: what sits between a comma and a speech verb in "…, Woolson said, …"."""


_UNNAMED_SUBJECT = re.compile(
    r"\s*(?:(?:as|while|because|since|though|although|and|but)\s+)?"
    r"(?:some|many|most|other|several|few|all|those|these)\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*s\b"
)
"""A clause whose subject is an unnamed many ("as some Republican leaders … have taken to saying")."""


_DESCRIBED_THEN_APPOSITIVE = re.compile(
    r"(?:One|Another|An?|The)\s+[a-z][^,]{0,60},\s+(?P<name>(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)"
    r"(?=,|\s+of\s)"
)
"""A subject described, then named in apposition: "One pastor supporting Mr. Cruz, Darran Whiting of
Liberty Baptist Church, said": Whiting, not the Cruz of the description."""


def named_after_role(text: str, people: People) -> list[str]:
    """ "Oscar-winning actress Susan Sarandon, star of …, is not sure", "Former US secretary of state
    Madeleine Albright, a Clinton supporter, fanned …": a subject named after a lower-case role that
    runs longer than the first words."""
    head = _ROLE_THEN_NAME_HEAD.match(text)
    if not head or head.group("role").lower() in _PREPOSITIONS | {"and", "or", "but", "than", "as", "that"}:
        return []
    if VERB.search(text[: head.start("role")]) or " that " in text[: head.start("role")]:
        return []  # ("those surveyed said former Florida governor Jeb Bush has …": the surveyed said it)
    named = people_in(head.group("name"), people)
    return named if named and head.group("name").endswith(named[-1].split()[-1]) else []


_ROLE_THEN_NAME_HEAD = re.compile(
    r"(?:[\w’'.-]+\s+){0,6}?(?P<role>[a-z][\w-]*)\s+"
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})(?=,|\s+(?:[a-z]+ed|is|was|has|had|says|said)\b)"
)
"""A sentence opening on a role and a full name, up to the comma or verb after it."""


_NAME_THEN_ROLE_AT_END = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+),\s+(?:the|an?)\s+[a-z][^,]{2,80},?\s*$"
)
"""A name and its role right before a cue, after an opening clause: "…, Roberta Lange, the state
party chairwoman, [said]"."""


def _named_in_apposition(text: str, people: People) -> list[str]:
    described = _DESCRIBED_THEN_APPOSITIVE.match(text) if text[:1] in ("O", "A", "T") else None
    return people_in(described.group("name"), people) if described else []


NAMED_CAMPAIGN = re.compile(r"[Tt]he\s+(?:[A-Z][\w.-]*\s+){1,2}(?:campaign|camp|team)\b")
"""A subject that is a candidate's campaign, not the candidate: "the Clinton campaign also called on"."""


FOLLOWERS = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:backers|supporters|voters|fans|allies|critics|aides|loyalists|"
    rf"surrogates|opponents|detractors|donors|protesters|demonstrators|staffers)\b|{NAMED_CAMPAIGN.pattern}"
)
"""A name that only says whose people the subject are: "Trump backers on campus looked to Kukura",
"the Clinton campaign also called on …"."""


def member_in_focus(speaker: str, words_before: str, words_after: str, context: tuple[str | None, bool],
                    people: People) -> str:  # fmt: skip
    """ "…," Clinton said, in a story about both Clintons: the one of the surname's people the writer
    was last telling of as a sentence's subject, by full name (this paragraph's sentences before the
    cue's, else the story's last subject, if its paragraph named them in full: ``context``),
    not the one the whole article names so most. Only for a cue that gives the bare surname; the
    speaker as found otherwise."""
    if not people.shares_surname(speaker):
        return speaker
    surname = _surname(speaker)
    family = people.families[surname.lower()]
    opening = _last_sentence_of(words_before)
    cue = f"{opening} {_SENTENCE_UP_TO_END.match(words_after).group(0)}"  # (`"…," Clinton said.`)
    bare = [
        found
        for found in re.finditer(rf"\b{re.escape(surname)}\b(?![’'])", cue)
        if not _NAME_WORD_BEFORE.search(cue, 0, found.start())
    ]  # ("Hillary Clinton said", "Mrs. Clinton said": the cue tells which one)
    family = [  # people with a known given name or a role (not "Neither Warren", "Stated Stone")
        member for member in family if gender_of_first_name(member) or member in people.roles
    ]
    spoken_of = [member for member in family if re.search(rf"\b{_SPOKEN_OF}\s+{re.escape(member)}\b", cue)]
    if bare and len(family) == 2 and len(spoken_of) == 1:  # `"…," Clinton declared of Hillary Clinton`:
        return next(member for member in family if member not in spoken_of)  # the other Clinton
    if not bare or any(member in cue for member in family):
        return speaker  # (or "Melania Trump tells Trump supporters": the full name tells)
    subject, subject_in_full = context
    earlier_words = words_before[: len(words_before) - len(opening)]
    earlier = subjects_in(earlier_words, people)
    members = [people.fullest(name) for name in [*earlier, subject] if name]
    in_focus = next((name for name in reversed(members) if name in family), None)
    if earlier and not any(people.fullest(name) in family for name in earlier):
        return speaker  # (someone else was this paragraph's subject: no telling from it)
    if in_focus and in_focus.split()[0].startswith(speaker.split()[0][:3]):
        return speaker  # ("Josh Apte" and "Joshua Apte": one person, the fuller form)
    in_full = named_in_full(in_focus, earlier_words) if earlier and in_focus else subject_in_full
    return in_focus if in_focus and in_full else speaker  # (not "Tom told …" for Tom Ebeling: "Ebeling"
    # alone is Betsy)


def named_in_full(name: str, text: str) -> bool:
    """The text names the person by their full name, not only as an owner ("Eric Trump's comments")."""
    at = text.find(name)
    while at >= 0:  # (string search: a pattern per name would be compiled paragraph after paragraph)
        if text[at + len(name) : at + len(name) + 1] not in ("’", "'"):
            return True
        at = text.find(name, at + 1)
    return False


def _last_sentence_of(text: str) -> str:
    found = sentences(text.rstrip())
    return found[-1] if found else text


_SPOKEN_OF = "(?:of|about|for|to|with|on|against|at|praised|thanked|defended|attacked)"
"""Words before a name that make it what a sentence speaks of or to, not its subject."""


_SENTENCE_UP_TO_END = re.compile(r"[^.!?]*")


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w’'.-]*\.?\s+$")
"""A capitalised word right before a surname: a first name or a title, which tells whom it means."""


def introduced_last(paragraph: str, people: People) -> str | None:
    """A person a paragraph ends by introducing, name then role ("…, which is something that
    concerns Henry Crespo, president of the Miami-based Florida Democratic Black Caucus."): whom
    a "he said" under it most likely means."""
    if not paragraph.rstrip().endswith("."):
        return None  # (what the pattern needs last: a cheap test first)
    ending = _INTRODUCED_LAST.search(paragraph, max(0, len(paragraph) - _INTRODUCED_LAST_REACH))
    if not ending or not _is_role(ending.group(2)) or _SENTENCE_GOES_ON.search(ending.group(2)):
        return None
    named = people_in(ending.group(1), people)
    return people.fullest(named[-1]) if named else None


_SENTENCE_GOES_ON = re.compile(r",\s+(?:during|after|before|when|while|since|until|in|on|at)\s")
"""A comma, then the sentence's own time or place: the role was an aside inside the sentence ("… the gun
he used to kill Trayvon Martin, an unarmed black teenager, during a 2012 confrontation …"), whose
subject, not the one described, is whom the next "he said" means."""


_INTRODUCED_LAST_REACH = 400
"""How far back from a paragraph's end an introduction can start (a long name and a 140-letter role):
searching only there finds the same ending without trying every earlier position."""


_INTRODUCED_LAST = re.compile(
    r"((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+),\s+((?:the\s+|an?\s+)?[a-z][^.;:!?\"“”]{3,140})\.\s*$"
)


def sentences(text: str) -> list[str]:
    """A stretch of text cut into sentences, not at the full stop of "Mr." or "Sept. 11"."""
    found, start = [], 0
    for end in re.finditer(r"[.!?][”\"’)]*\s+(?=[A-Z“\"‘(\d])", text):  # ("Sanders (Vt.) on the fact")
        if not ABBREVIATIONS.search(text[max(0, end.start() - 12) : end.start() + 1]):  # (its last word)
            found.append(text[start : end.end()])
            start = end.end()
    return [*found, text[start:]] if text[start:] else found


def people_in(text: str, people: People) -> list[str]:
    """People named in a stretch of text, in order, as their fullest names."""
    found = []
    for run in _CAPITALISED_RUN.findall(text):
        for tokens in _SENTENCE_END_IN_RUN.split(run) if "." in run else (run,):  # ("… thought of
            person = _run_person(tokens, people)  # Elise Matthesen. Lacking …": her, then no one)
            if person:
                found.append(person)
    return found


def _run_person(tokens: str, people: People) -> str | None:
    """The person a run of capitalised words names, remembered run by run (the same runs come back
    paragraph after paragraph)."""
    if tokens not in people.runs:
        person = _person_in_run(tokens, people)
        people.runs[tokens] = honoured(person, tokens, people) if person and "M" in tokens else person
    return people.runs[tokens]


_DIGIT = re.compile(r"\d")


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w’'.-]+\s+){0,4}[A-Z][\w’'.-]+")


_EMPLOYER = re.compile(r"^(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*[’']s\s+(?=[A-Z])")


_SENTENCE_END_IN_RUN = re.compile(r"(?<=[a-z]{3}\.)\s+(?=[A-Z])")
"""A full stop inside a run of capitalised words ("… Alabama and Tennessee. Ted Cruz has …"): a
sentence's end, not a name's initial or a title's abbreviation."""


def _add_to_family(family: list[str], name: str) -> None:
    """Keep one full name per person of a surname: a new first name is a new person ("Bill" and
    "Hillary Clinton"); the same first name written more fully is the same one ("Hillary Rodham
    Clinton")."""
    first, _, rest = name.partition(" ")
    if not rest:
        return
    for index, member in enumerate(family):
        if member.startswith(f"{first} "):
            if len(name) > len(member):
                family[index] = name
            return
    if _given_name(first):
        family.append(name)


def honoured(person: str, phrase: str, people: People) -> str:
    """The person a phrase names, told apart from the others of the surname by the "Mr." or
    "Mrs." it puts before it ("Mrs. Clinton wrote" in a story that names Bill Clinton too)."""
    if "M" not in phrase:
        return person  # (most phrases: no honorific to look for)
    for honorific in _HONORIFIC.finditer(phrase):
        if bare_name(honorific.group(2)).lower() == _surname(person).lower():
            return people.by_honorific(person, honorific.group(1))
    return person


def _person_in_run(tokens: str, people: People) -> str | None:
    tokens = _SENTENCE_END_IN_RUN.split(tokens)[-1]  # ("Tennessee. Ted Cruz" is Ted Cruz)
    run = strip_titles(LEADING_WORDS.sub("", tokens))  # ("Even Mike Pence, …" is Mike Pence)
    run = _EMPLOYER.sub("", run)  # ("NBC’s Dante Chinni" is Dante Chinni)
    run = _PREPOSITION_FIRST.sub("", run)  # ("Of Sanders, McCaskill said")
    if not run or _DIGIT.search(run):
        return None  # ("EB-5")
    if is_org(run):
        full = people.full_names.get(_surname(run).lower(), "")
        if " " in full and run.endswith(f" {full}") and is_org(run[: -len(full)]):
            return full  # "House Speaker Paul Ryan": the person after the institution's title
        return None  # an organisation
    words = run.split()
    if len(words) >= 2 and words[0].lower() in COMMON_CAPITALISED:
        words = words[1:]  # ("Absent Sanders' plan, …" is Sanders)
        run = " ".join(words)
    if len(words) >= 3 and words[0].lower() in GROUPS:
        words = words[1:]  # "Democrat Hillary Clinton": her party, then her name
        run = " ".join(words)
    if len(words) == 2 and words[0].lower() in PLACE_FIRST:
        return None  # "North Korea", "New York"
    if len(words) >= 2 and people.full_names.get(_surname(run).lower()):
        return people.fullest(run)
    country = len(words) == 1 and words[0].lower() in COUNTRIES
    if country and " " not in people.full_names.get(words[0].lower(), ""):
        return None  # "China", unless the story names someone so ("Rep. Steve Israel")
    if len(words) == 1 and people.knows(words[0]):
        return people.fullest(words[0])
    return None


_NAME_AS_ADJECTIVE = re.compile(r"-[a-z]{2,}(?:ed|ing)$|-(?:style|like|era|type)$")
"""A name made into an adjective ("Sanders-endorsed", "Trump-style"): no one's surname."""


def index_people(text: str) -> People:
    """Full names (two to four capitalised words) by surname; roles; genders from nearby pronouns."""
    people = People()
    appositive_roles: set[str] = set()  # names whose role an appositive gave, surer than words before them
    guessed_genders: set[str] = set()  # names whose gender only a nearby pronoun gave
    guesses: dict[str, list[str]] = {}  # every such pronoun's gender, name by name, in order
    first_seen: dict[tuple[str, str], int] = {}  # (surname, first name) -> where that person is first named
    for match in NAME_IN_TEXT.finditer(text):
        just_before = text[max(0, match.start() - 3) : match.start()].rsplit("\n", 1)[-1]  # (same paragraph)
        closing = re.match(r"[\w,.!?…]['\"]", just_before.strip()[-2:])  # `…," Nancy Molitor says`
        if just_before.strip()[-1:] in ("“", '"', "‘") and not closing:
            continue  # “Wild Rose”: a title in quote marks, not a person
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if _PHOTO_CREDIT_LINE.fullmatch(text[line_start : line_end if line_end >= 0 else len(text)].strip()):
            continue
        tokens = name_tokens(match.group(1).split())
        word_before = (text[max(0, match.start() - 30) : match.start()].split() or [""])[-1]
        words = match.group(1).split()
        if tokens == words[1:] and _three_names(words, word_before):
            tokens = words
        given_month = len(tokens) == 2 and tokens[0] in _MONTHS_AS_GIVEN_NAMES
        given_month = given_month and tokens[1].lower() not in COMMON_CAPITALISED  # ("April Mellody, a
        # spokeswoman …": a woman, not a date)
        common_first = bool(tokens) and tokens[0].lower() in COMMON_CAPITALISED and not given_month
        if len(tokens) < 2 or is_org(" ".join(tokens)) or common_first:
            continue
        if len(tokens) == 2 and _normal_title(tokens[1]) in TITLES and not gender_of_first_name(tokens[0]):
            continue  # "Massachusetts Secretary (of State William Galvin)": a place and a title, no name
        if any(token.endswith(POSSESSIVE_ENDINGS) for token in tokens[:-1]):
            continue  # "Gomez's GOP primary rival": an owner, then what he owns; no one is named so
        of = _OF_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if of and _normal_title(of.group(1)) not in TITLES:
            continue  # "Museum of African American History": an institution's name, not a person
        if len(tokens) == 2 and (tokens[0].lower() in PLACE_FIRST or re.fullmatch(r"[A-Z]\.", tokens[0])):
            continue  # "San Francisco", "New Delhi": a place; "N. Korea" no person either
        if tokens[-1].lower() in PLACE_LAST:
            continue  # "Palm Beach", "Orange County", "Hermenegildo Galeana Street": a place
        if tokens[-1].lower() in GROUPS or (
            tokens[-1].lower() in DEMONYMS and not gender_of_first_name(tokens[0])
        ):
            continue  # "Kentucky Democrats" is a group of people, not a person; "Arab Israeli" lawmakers too
            # (but "Mark Cuban" is a man)
        if tokens[0].lower() in GROUPS or tokens[-1].lower() in GROUPS:
            continue  # "Makes Latinos Feel …" in a headline: a group, then a verb; no Mr. Feel; nor is
            # "American Indians" in a list of groups anyone's name
        if tokens[-1] in ("State", "States"):
            continue  # "Islamic State", "United States": no one is surnamed State
        if tokens[0] in ("One", "Another"):
            continue  # "One California delegate": someone unnamed, from California
        if _NAME_AS_ADJECTIVE.search(tokens[-1]):
            continue  # "One Sanders-endorsed candidate": an adjective made of a name ends no name
        if tokens[0] == match.group(1).split()[0] and re.search(
            r"(?<![\w-])the\s+$", text[max(0, match.start() - 5) : match.start()]
        ):
            continue  # "the Trump Train", "the Wisconsin Republican": a thing or a description, no name
        name = bare_name(" ".join(tokens))
        surname = _surname(name).lower()
        known = people.full_names.get(surname, "")
        if len(name) > len(known) and (gender_of_first_name(name) or not gender_of_first_name(known)):
            people.full_names[surname] = name  # ("Demogorgon Trump" is no fuller a name than "Donald Trump")
        first = tokens[0].lower()
        people.first_names[first] = name if people.first_names.get(first, name) == name else ""
        _add_to_family(people.families.setdefault(surname, []), name)
        first_seen.setdefault((surname, name.split()[0]), match.end())
        name_start = match.start() + match.group(1).find(tokens[0])  # titles before it belong to the role
        tag = PARTY_TAG.match(text, match.end())
        if tag and tag.group(2) in US_STATES:  # "Sen. Marco Rubio, R-Fla.": a Florida Republican
            people.party_tags[name] = (tag.group(1), US_STATES[tag.group(2)])
        role = _role_near(text, name_start, match.end())
        appositive = bool(role) and text[match.end() : match.end() + 2].startswith(",")
        if role and (name not in people.roles or (appositive and name not in appositive_roles)):
            people.roles[name] = (
                role  # ("Hillary Clinton, the Democratic nominee," over "the address Hillary Clinton")
            )
            if appositive:
                appositive_roles.add(name)
        by_name = gender_of_first_name(name) or ("m" if re.search(r"\s(?:Jr|Sr)\.?$", name) else None)
        gender, sure = _gender_near(text, match.end(), by_name, role)  # ("Harry B. Harris Jr.": a son)
        kin = _KIN_BEFORE.search(text, max(0, name_start - 40), name_start)
        if kin and not sure:  # "his late son Beau Biden, the former Attorney General": a man
            gender, sure = ("f" if kin.group("kin").lower() in FEMALE_KIN else "m"), True
        if gender and not sure and not _may_be_subject(text, name_start, match.end()):
            gender = None  # "… contributed to Pell Grants …. She says": the next "she" is the subject's
        if gender and not sure:
            guesses.setdefault(name, []).append(gender)
        if gender and sure:
            people.sure_genders.setdefault(name, gender)
        if gender and (name not in people.genders or (sure and name in guessed_genders)):
            people.genders[name] = gender  # ("eldest daughter" later outranks a "he said" nearby)
            if sure:
                guessed_genders.discard(name)
            else:
                guessed_genders.add(name)
    for match in _NAMED_BODY.finditer(text):  # "Xinhua, the official Chinese news agency,": no "he"
        people.genders.setdefault(match.group(1), "n")
    for name in guessed_genders:  # pronouns near every mention outvote the first one's
        votes = guesses[name]  # ("… Hillary Clinton had said …. He said" once, "She" three times)
        if votes.count("f") != votes.count("m"):
            people.genders[name] = "f" if votes.count("f") > votes.count("m") else "m"
    for match in _TITLED_SURNAME.finditer(text):  # "President Obama", "Sen. Warren": a person, named so
        surname = bare_name(match.group(1))  # ("Judge Berman’s clerks": Berman)
        people.full_names.setdefault(surname.lower(), surname)
        title = match.group(0).split()[0]
        if title not in ("Mr.", "Mrs.", "Ms.", "Dr."):
            people.roles.setdefault(surname, title)  # so that "the president" finds him
    _keep_established_bearers(text, people, first_seen)
    _add_couples(text, people)
    for match in _HONORIFIC.finditer(text):  # "Mrs. Clinton": the article says who is a woman,
        full = people.full_names.get(bare_name(match.group(2)).lower())  # surer than a pronoun nearby
        if full and len(people.families.get(_surname(full).lower(), [])) > 1:
            full = people.member_by_honorific(full, match.group(1))  # (which Khan "Mr. Khan" is)
        if full:
            people.genders[full] = "m" if match.group(1) == "Mr" else "f"
    for match in SUBJECT_OF_SPEECH.finditer(text):  # "Trump said": a speaker the article never names in full
        name = match.group(1)
        word_before = text[max(0, match.start() - 12) : match.start()].split()[-1:]
        if word_before and word_before[0].lower() in PLACE_FIRST:
            continue  # "North Korea said": a country, not a Mr. Korea
        lowered = name.lower()
        if lowered not in COMMON_CAPITALISED and lowered not in GROUPS and lowered not in ORG_WORDS:
            people.full_names.setdefault(lowered, name)  # ("… International Security wrote": no person)
    for match in _NAME_THEN_WHO.finditer(text):  # "Meanwhile Rihanna, who was honored …": one name, a person
        name = match.group(1)
        lowered = name.lower()
        if lowered not in COMMON_CAPITALISED and lowered not in GROUPS and not is_org(name):
            people.full_names.setdefault(lowered, name)
    _join_first_surnames(people)
    _join_nicknames(text, people)
    laws = (
        {text[max(0, law.start() - 40) : law.start()].split()[-1] for law in _LAW_AFTER_WORD.finditer(text)}
        if any(f" {word}" in text for word in _LAW_WORDS)  # (most stories name no law: no pass at all)
        else set()
    )
    for surname, name in list(people.full_names.items()):
        last = name.split()[-1]
        if last in laws or _LAW_WORD.fullmatch(last):
            del people.full_names[surname]  # "Super Glass-Steagall" of "the Glass-Steagall Act": a law
    return people


def _join_nicknames(text: str, people: People) -> None:
    """ "John Milo Ford was born … . Everyone called him Mike.": "Mike Ford", later, is the same man.
    The pronoun means the last person named in full before it, within its paragraph; the alias is
    kept only when the article writes that name with the surname."""
    if " called him " not in text and " called her " not in text and "known as " not in text:
        return  # (most stories give no one a second first name: no search at all)
    for match in _CALLED_BY_NICKNAME.finditer(text):
        paragraph_start = text.rfind("\n", 0, match.start()) + 1
        named = people_in(text[paragraph_start : match.start()], people)
        if not named:
            continue
        person = people.fullest(named[-1])
        surname = _surname(person)
        nickname = match.group("nick") or match.group("known")
        alias = f"{nickname} {surname}"
        if alias != person and alias in text and " " in person:
            people.aliases[alias] = person
            if people.first_names.get(nickname.lower()) == alias:
                people.first_names[nickname.lower()] = person  # ("interviewed Mike": him too)
            people.runs.clear()  # (runs read before the alias was known named someone else)
            family = people.families.get(surname.lower(), [])
            if alias in family:
                family.remove(alias)


_CALLED_BY_NICKNAME = re.compile(
    r"\b(?:called|calls|call)\s+(?:him|her)\s+[“\"‘]?(?P<nick>[A-Z][a-z]+)\b[”\"’]?\s*[.,;]"
    r"|\b(?:was|is)\s+(?:known|better\s+known)\s+(?:to\s+\w+\s+)?as\s+[“\"‘]?(?P<known>[A-Z][a-z]+)\b[”\"’]?\s*[.,;]"
)
"""A second first name the article gives someone: "Everyone called him Mike.", "was known as Kit,"."""


_LAW_WORD = re.compile(r"Act|Amendment|Doctrine|Treaty|Accords?")
_LAW_WORDS = ("Act", "Amendment", "Doctrine", "Treaty", "Accord")
_LAW_AFTER_WORD = re.compile(rf"(?<=\w)\s+(?:{_LAW_WORD.pattern})\b")
"""A name that the word after it makes a law or a pact, not a person ("the Dodd-Frank Act")."""


_NAME_THEN_WHO = re.compile(r"([A-Z](?<![\w’'.-][A-Z])(?<!\bThe\s[A-Z])[a-z’'-]{2,}),\s+who\s")
"""A single capitalised word with a "who" clause after it: someone known by one name. (The checks
on what comes before the name follow its capital, so that the search can skip to capitals: three
times faster over a whole text, the same matches.)"""


def _keep_established_bearers(text: str, people: People, first_seen: dict[tuple[str, str], int]) -> None:
    """ "Sen. Chris Murphy … Murphy sent his family home …" and, much later, "a teacher's aide, Anne
    Marie Murphy,": a surname the article has already used alone for the first person of that name,
    before naming the second, goes on meaning the first (not the longer name, which is the rule for
    one person written more fully)."""
    for surname, family in people.families.items():
        if len(family) < 2 or people.full_names.get(surname) == family[0]:
            continue
        firsts = sorted(
            (first_seen[(surname, member.split()[0])], member)
            for member in family
            if (surname, member.split()[0]) in first_seen
        )
        if len(firsts) < 2:
            continue
        (named_at, first_bearer), (next_at, _) = firsts[0], firsts[1]
        given = first_bearer.split()[0]
        if given.lower() in _SURNAME_PARTICLES:
            continue  # ("De Blasio" is Bill de Blasio)
        named_surely = gender_of_first_name(given) or people.roles.get(first_bearer)
        if not (named_surely or text.count(first_bearer) > 1):
            continue  # a capitalised word before a surname, once, may be no name: "Top Sanders aides"
        alone = re.compile(rf"(?<![\w’'-]){re.escape(_surname(first_bearer))}\b")
        for used in alone.finditer(text, named_at, next_at):
            word_before = text[max(0, used.start() - 25) : used.start()].split()[-1:]
            if not word_before or not _given_name(word_before[0]) or _normal_title(word_before[0]) in TITLES:
                people.full_names[surname] = first_bearer  # (not "Chris Murphy" itself: a given name before)
                break


_SURNAME_PARTICLES = wordset("de da del della di du van von der den le la al el bin ben dos das")
"""Words that open a surname ("de Blasio", "van der Berg"), not a given name."""


def _add_couples(text: str, people: People) -> None:
    """ "The parents, Khizr and Ghazala Khan": a first name joined to a full name is one more
    person of that surname, whom a later "Mr. Khan" may mean (not "Trump and Hillary Clinton",
    whose first word is a surname of its own, nor "Iowa and Hillary Clinton")."""
    at = text.find(" and ")
    while at != -1:  # (a search for " and " first: a pattern opening on a capital is tried everywhere)
        match = _COUPLE.match(text, at)
        before = _WORD_BEFORE.search(text, max(0, at - 30), at) if match else None
        at = text.find(" and ", at + 5)
        if not before:
            continue
        first, (second, surname) = before.group(1), match.groups()
        family = people.families.get(surname.lower(), [])
        place = first.lower() in COUNTRIES or first in US_STATES.values()
        known = place or first.lower() in people.full_names
        if f"{second} {surname}" in family and _given_name(first) and not known:
            _add_to_family(family, f"{first} {surname}")


_COUPLE = re.compile(r" and ([A-Z][a-z]+) ([A-Z][\w’'-]+)\b")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)$")


def _join_first_surnames(people: People) -> None:
    """ "Ms. Acosta" is Melba Acosta Febo: a surname the article uses alone that is the middle word
    of exactly one fuller name, a Spanish first surname before the second, is that person."""
    for key, name in list(people.full_names.items()):
        if " " in name:
            continue
        hosts = {full for full in people.full_names.values() if key in full.lower().split()[1:-1]}
        if len(hosts) == 1 and len(key) > 2:
            people.full_names[key] = hosts.pop()
            people.first_surnames.add(key)


_TITLED_SURNAME = re.compile(
    r"\b(?:President|Sen\.|Senator|Rep\.|Gov\.|Governor|Mayor|Judge|Justice|Dr\.|Mr\.|Mrs\.|Ms\.)"
    rf"\s+([{UPPER}][{LOWER}’'-]{{2,}})\b"
    r"(?![ \t]+(?:[A-Z]|(?:van|von|de|der|den|da|di|del|la|le|bin|al)[ \t]+[A-Z]))"
)
"""A title and one capitalised word: a person the article names by surname only (not "Mayor Bill" of
"Mayor Bill de Blasio")."""


_HONORIFIC = re.compile(r"(M(?<!\wM)(?:r|rs|s|iss))\.?\s+([A-Z][\w’'-]+)")
"""An honorific and the surname after it. (It opens on the letter M, the start of a word, so that
the search can skip to each M: thirty times faster over a whole text, the same matches.)"""


_NAMED_BODY = re.compile(
    r"([A-Z](?<![\w.’'-][A-Z])[\w’'&-]+),\s+(?:the|an?)\s+(?:[\w-]+\s+){0,4}?(?:agency|newspaper|paper|company|firm|"
    r"organization|organisation|network|channel|magazine|website|outlet|broadcaster|tabloid|union)\b"
)
"""One capitalised word that an appositive calls a body ("Xinhua, the official Chinese news agency"):
neither a "he" nor a "she"."""


_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|the)\s+(?:(?:late|eldest|oldest|youngest|younger|older|elder|only)\s+)?"
    r"(?P<kin>son|daughter|wife|husband|brother|sister|father|mother|widow|widower|grandson|granddaughter|"
    r"nephew|niece|uncle|aunt),?\s+$"
)
"""A kinship noun right before a name ("his late son Beau Biden", "her husband, Todd"): the name's
gender, surer than a pronoun nearby."""


FEMALE_KIN = wordset("daughter wife sister mother widow granddaughter niece aunt grandmother")
"""Nouns for a woman's kinship ("his late wife", "Her mother, Ann,"): the gender they tell."""


_KIN = FEMALE_KIN | wordset(
    "son husband brother father widower grandson nephew uncle cousin parent grandfather"
)
"""Nouns for a relative: a person by blood or marriage, never a job someone holds for another."""


def _may_be_subject(text: str, start: int, end: int) -> bool:
    """The name can be its clause's subject, so that a pronoun opening the next clause may be its:
    not the object of a preposition ("contributed to Pell Grants"), nor a sentence's last words
    ("… used by his opponent, Hillary Clinton. He said")."""
    before = text[max(0, start - 20) : start].split()[-1:]
    if before and before[0].lower() in _PREPOSITIONS:
        return False
    sentence_before = re.split(r"[.!?]\s+|\n", text[max(0, start - 200) : start])[-1]
    if _REPORTING.search(sentence_before):
        return False  # "Song said Democratic presidential candidate Hillary Clinton had said …. He
    return not re.match(r"[’'s]*[.!?]", text[end : end + 3])  # said": the "he" is the reporter's


_REPORTING = re.compile(r"[A-Za-z]\s+(?:said|says|told|argued|argues|claimed|claims|wrote|writes)\s")
"""A clause that reports what someone said: a name after it is inside the report, not its subject."""


_PREPOSITIONS = wordset("to of for with by from at on in about against into over under between among toward")


def _gender_near(
    text: str, end: int, by_first_name: str | None, role: str | None = None
) -> tuple[str | None, bool]:
    """A person's gender from the words right after their name, an appositive ("a spokesman for
    …"), or the role before it ("9/11 widow Terry Strada"); else from a given name that is one
    gender's; else from the next sentence's subject pronoun ("… She said …"), the weakest sign
    ("Stephanie Ruhle asked Michael Flynn …. He did not"), so the one a later sure sign replaces.
    Returns the gender and whether the sign was sure."""
    appositive = text[end : end + 60].split(".")[0]
    described = _WHOSE_CLAUSE.sub("", appositive) if appositive.startswith(",") else ""
    for words in (described, (role or "").lower()):
        if FEMALE_ROLE.search(words):
            return "f", True
        if MALE_ROLE.search(words):
            return "m", True
    if by_first_name:
        return by_first_name, True
    after = re.sub(r"[\"“][^\"“”\n]*[\"”]", " ", text[end : end + 240])[:160]  # (not "shoot him. He has …")
    pronoun = SUBJECT_PRONOUN.search(after)
    if pronoun:
        gender = "f" if pronoun.group(1).lower() == "she" else "m"
        if not _names_one_of(gender, after[: pronoun.start()]):
            return gender, False
    return None, False  # ("Hillary Clinton went on offense against … Donald Trump, saying he would …")


_WHOSE_CLAUSE = re.compile(r",?\s+whose\s.*", re.DOTALL)
"""A clause on someone else the name has ("Dorothy Woods, whose husband, Navy SEAL Ty Woods,"): a
"husband" in it is no sign of her gender."""


def _names_one_of(gender: str, text: str) -> bool:
    """Whether a stretch names someone whose given name or honorific is of that gender: a "he" after
    "Donald Trump" speaks of him sooner than of the woman named before him."""
    for match in NAME_IN_TEXT.finditer(text):
        tokens = name_tokens(match.group(1).split())
        if len(tokens) >= 2 and not is_org(" ".join(tokens)) and gender_of_first_name(tokens[0]) == gender:
            return True
    return any(
        ("m" if honorific.group(1) == "Mr" else "f") == gender for honorific in _HONORIFIC.finditer(text)
    )


def _capitalised(word: str) -> bool:
    """A word that can end a name: capitalised, or an Arabic article joined to one ("al-Awlaki")."""
    return word[0].isupper() or bool(re.match(r"(?:al|el)-[A-Z]", word))


_TITLE_ABBREVIATIONS = frozenset(
    {
        "Sen",
        "Sens",
        "Rep",
        "Reps",
        "Gov",
        "Lt",
        "Gen",
        "Col",
        "Capt",
        "Sgt",
        "Adm",
        "Cmdr",
        "Prof",
        "Rev",
        "Msgr",
    }
)
"""Titles written short, which a full stop ends before the name they precede ("Nevada Sen. Harry
Reid"): never the last word of a name."""


_MONTHS_AS_GIVEN_NAMES = frozenset({"April", "June"})
"""Months that are also given names: before a surname they start a person's name."""


def name_tokens(run: list[str]) -> list[str]:
    """A person's name at the end of a run of capitalised words ("U.S. Defense Secretary Mark Esper"):
    the last two words, with a middle initial or a particle ("Sonya A. Zoghlin", "Van der Berg")."""
    while run and run[-1] in _TITLE_ABBREVIATIONS:
        run = run[:-1]  # "Florida Sen. Marco Rubio": "Florida Sen" before the full stop is no person
    while run and (not _capitalised(run[-1]) or run[-1].lower() in COMMON_CAPITALISED):
        if run[-1] == "May" and len(run) >= 2 and run[-2].lower() not in COMMON_CAPITALISED | TITLES:
            break  # "Theresa May", "Yin Myint May": a surname, not the verb
        run = run[:-1]  # ("President Obama Speech" under a video ends at Obama)
    if len(run) >= 3 and bare_name(run[-1]).lower().rstrip(".") in ("jr", "sr", "ii", "iii"):
        return [*name_tokens(run[:-1]), run[-1]]  # "Joseph R. Biden Jr.": the name, then its suffix
    if len(run) < 2:
        return run
    take = 2
    while take < len(run) and (re.fullmatch(r"[A-Z]\.", run[-take]) or run[-take][0].islower()
                               or run[-take - 1][0].islower()):  # fmt: skip
        take += 1
    if take == 2 and len(run) >= 3 and gender_of_first_name(run[-3]) and run[-3] not in TITLES:
        take = 3  # "Karen Hobert Flynn": a given name before two more names
    name = run[-take:]
    while name and _normal_title(name[0]) in TITLES:
        name = name[1:]
    return name


def _role_near(text: str, start: int, end: int) -> str | None:
    """`Lucas Paganini, a planetary scientist at …,` or `U.S. Attorney Nealy Cox` or
    `planetary geologist Rosaly Lopes`: an appositive after the name, else the title words before it."""
    after = APPOSITIVE.match(text[end : end + 140])
    appositive = after.group(1).strip() if after else ""
    plausible = (
        appositive
        and not VERB.match(appositive)
        and not CLAUSE_START.match(appositive)
        and not NOT_AN_APPOSITIVE.match(appositive)
        and not _verb_like(appositive.split()[0])  # ("Paul Manafort, dismissed criticism of …")
        and not _PAST_FIRST.match(appositive)  # ("Ghazala Khan, spoke on Sunday")
    )
    if plausible and _is_role(appositive):
        return appositive
    words = re.findall(r"[^\s]+", text[max(0, start - 70) : start].rsplit("\n", 1)[-1])[-6:]  # this line
    role: list[str] = []
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        bare = word.strip('“”"‘’()')
        if bare != word or (word.endswith((",", ".", ";", ":")) and not ABBREVIATIONS.search(word)):
            break  # punctuation ends the title
        title_of = bare == "of" and role and position > 0 and _normal_title(words[position - 1]) in TITLES
        if not title_of and (
            VERB.fullmatch(bare) or bare.lower() in COMMON_CAPITALISED or bare.lower() in ROLE_STOPS
            or _verb_like(bare)
        ):  # fmt: skip
            break  # (but "Secretary of State" is one title)
        if not role and not _heads_a_role(bare):
            return None  # "allow families to sue Saudi Arabia", "I caught Larry King": no role
        role.insert(0, bare)
    if not any(w[:1].islower() or _normal_title(w) in TITLES for w in role):
        return None  # "NASA's", "US": a possessive or a place, not a role
    joined = " ".join(role).strip(" —–-")
    return joined if joined and _is_role(joined) else None


_PAST_FIRST = re.compile(rf"(?:{IRREGULAR_PAST})\b")


def _heads_a_role(word: str) -> bool:
    """The word right before a name can head a role: a title ("Sen.", "Chairman") or a noun for a
    person ("CNN host", "Clinton aide", "Goddard planetary scientist"), not a verb or an adjective."""
    if word[:1].isupper() or _normal_title(word) in TITLES:
        return True
    noun = word.lower().rsplit("-", 1)[-1]
    if noun in _NOT_PERSON_NOUNS:
        return False  # "remember Hillary Clinton did …"
    return word.lower() in PERSON_NOUNS or noun in PERSON_NOUNS or bool(PERSON_NOUN_ENDING.search(noun))


_NOT_PERSON_NOUNS = wordset(
    """remember consider deliver discover wonder order offer answer enter gather suffer cover after
    other never ever however whether over under together neither either rather later earlier
    server computer letter paper number center centre matter power water chapter tower border corner
    weather dinner summer winter quarter register meter character cancer charter poster banner
    sticker trailer container printer filter folder cluster error mirror floor door color colour
    factor sector motor elevator corridor harbor labor labour favor honor humor rumor terror horror
    primary summary library salary boundary anniversary"""
)  # and things ending like a person noun: "the private email server Hillary Clinton used"


_ADJECTIVES_LIKE_VERBS = wordset(
    """retired elected appointed renowned celebrated acclaimed embattled disgraced indicted convicted
    jailed ousted fired beloved licensed certified registered unnamed alleged decorated seasoned
    respected noted acting managing ranking leading outgoing incoming founding presiding visiting
    governing reigning sitting running"""
)


def _verb_like(word: str) -> bool:
    """ "kill Rep. X", "blamed President X", "cut off MSNBC anchor X": a verb before a title ends the
    role read backwards; "retired", "outgoing" and "Oscar-winning" describe the person and stay."""
    lower = word.lower()
    if not word.isalpha() or not word.islower() or lower in _ADJECTIVES_LIKE_VERBS:  # ("Fed Chair")
        return False
    return lower.endswith(("ed", "ing")) or lower in ("kill", "cut", "off", "sue", "know", "mind", "hoped")


_NOT_A_ROLE = re.compile(
    r"^(?:would|will|could|should|can|may|might|must|has|have|had|is|are|was|were|did|does|do)\b|"
    r"^(?:backed|added|noted|told|called|asked|wrote|explained|declined|agreed|argued|warned|confirmed|"
    r"denied|went|came|took|made|got|spent|joined|left|found)\b|"
    r"\bincluding$|[?!]|https?:|pic\.twitter|@\w|—|\b(?:images|photo)\b|\b(?:will|would) be\b|"
    r"\b(?:were|was|is|are|has|have|had|told|said|however|regarding|my|our|me)\b|(?<![\w.])I(?![\w.])",
    re.IGNORECASE,
)


def _is_role(text: str) -> bool:
    """A role says what one person is ("a planetary scientist at NASA"): not a verb phrase ("backed
    up that assessment"), not a group ("Steenburgen’s co-writers"), not a scrap of a tweet."""
    if _NOT_A_ROLE.search(text):
        return False
    words = text.split()
    last = words[-1].strip(".,")
    plain = not re.search(r"\s(?:at|of|for|in|with|on|from|to|and)\s", f" {text} ")  # no "at NASA" tail
    ends_in_name = last[:1].isupper() and _normal_title(last) not in TITLES
    named = ends_in_name and any(w[:1].islower() for w in words)
    if len(words) > 1 and plain and (last.endswith("ed") or named):
        return False  # "Braun’s Ithaca Holdings purchased", "singer-keyboardist McDonald"
    if ends_in_name and all(_normal_title(w) in TITLES for w in words[:-1]):
        return False  # "Dr. Owen" before "John Dempsey": a title and a first name, the rest of a name
    head = re.split(r"\s+(?:at|of|for|with|in|on|from|to)\s+", text)[0].split()[-1].lower()
    return not (head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s")) and len(head) > 3)


def _surname(name: str) -> str:
    tokens = [t for t in bare_name(name).split() if t.lower().strip(".") not in ("jr", "sr", "ii", "iii")]
    return bare_name(tokens[-1]) if tokens else name


def word_key(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


_TITLES_FOR = {
    "lawmaker": ("rep", "representative", "sen", "senator", "congressman", "congresswoman"),
    "legislator": ("rep", "representative", "sen", "senator", "congressman", "congresswoman"),
    "congressman": ("rep", "representative", "congressman"),
    "congresswoman": ("rep", "representative", "congresswoman"),
    "senator": ("sen", "senator"),
    "governor": ("gov", "governor"),
    "leader": ("president", "prime", "premier", "chancellor"),  # "the Russian leader": its president
}
"""The titles a description's noun stands for: a lawmaker is a Rep. or a Sen."""


def _is_title(word: str) -> bool:
    """A noun that is also an office's title ("president", "senator"): "the former president" may be
    another holder of it than the one just named."""
    return _normal_title(word.capitalize()) in TITLES


_ONCE = frozenset({"former", "longtime", "onetime", "one-time", "veteran", "erstwhile", "retired"})
"""What a description of someone's past begins with: another name for someone the story has named."""


def named_by_epithet(
    description: str,
    subject: str | None,
    text: str,
    people: People,
    last_speaker: str | None = None,
    just_named: bool = False,
) -> str:
    """ "The New York businessman said", "the former first lady … said": an epithet the story uses
    for one of its two most-named people, meaning the one the sentences before were about; or for
    the person its own paragraph has just named as a subject ("Harry M. Reid blasted Rubio …. "…,"
    the Senate minority leader said"). Anonymous descriptions ("the spokesman", "a source") are left
    as they are."""
    first, _, second = description.partition(" and ")
    if second and first.lower().split()[-1] in _EPITHETS:  # "the Florida senator and Republican
        named = named_by_epithet(first, subject, text, people, last_speaker, just_named)  # candidate"
        return description if named == first else named  # (is the senator, whatever the second says)
    words = description.lower().split()
    aged = bool(re.fullmatch(r"\d+-year-old", words[-1]))  # "the 43-year-old asked"
    if len(words) >= 2 and words[0] == "the" and words[-1] not in _EPITHETS and not aged:
        past = len(words) >= 3 and words[1] in _ONCE and not _is_title(words[-1])
        if past and just_named and subject:
            return subject  # "One of the authors …, Ari Fleischer, said …. "…," said the former top
            # aide to President George W. Bush": the one just named, described by his past
        if past and _described_again(last_speaker, None, people):
            return last_speaker  # "…," Ben Carson said. / "…," the retired neurosurgeon told …: the
            # one just quoted
        author = _book_author(text, people) if words[1:] == ["author"] else None
        return _holder_of_role(words[1:], people) or author or description
    if not subject or len(words) < 2 or words[0] != "the" or (words[-1] not in _EPITHETS and not aged):
        return description
    place = STATE_DEMONYMS.get(words[-1])
    if place:  # "the Texan": the one person whose role names Texas, else whom the story was about
        from_there = {
            name
            for name, role in people.roles.items()
            if place in role and name in people.full_names.values()
        }
        if len(from_there) == 1:
            return from_there.pop()
    wanted = _EPITHETS.get(words[-1])
    if words[1] in _ONCE and last_speaker != subject and _described_again(last_speaker, wanted, people):
        return last_speaker  # "…," Carson said. / The former Republican presidential candidate
        # continued: the one just quoted, described by his past, not the story's other candidate
    if wanted and people.gender(subject) not in (None, wanted):
        return description  # "the former first lady" is no man
    names = sorted(set(people.full_names.values()))  # (in a fixed order: ties go the same way every run)
    counts = {name: len(re.findall(rf"\b{re.escape(_surname(name))}\b", text)) for name in names}
    protagonists = sorted(counts, key=lambda name: (-counts[name], text.find(_surname(name))))[:2]
    # "Mayor Bill de Blasio" is no "presidential candidate" (but any title may go with "the Texan")
    if not place and _titled_otherwise(subject, words[-1], people):
        others = [name for name in protagonists if name != subject and not people.roles.get(name)]
        return others[0] if len(others) == 1 else description
    role = people.roles.get(subject, "").split()
    titled_so = bool(role) and _normal_title(role[-1]) in _TITLES_FOR.get(words[-1], ())  # "Sen." for "the
    chosen = subject in protagonists or subject == last_speaker or just_named or titled_so  # senator"
    return subject if chosen else description  # (or just quoted)


def _described_again(last_speaker: str | None, wanted: str | None, people: People) -> bool:
    """Whether the one just quoted, a person named in full, can be who a description of someone's
    past ("the retired neurosurgeon", "the former candidate") goes on to quote."""
    if not last_speaker or last_speaker not in people.full_names.values():
        return False
    return not wanted or people.gender(last_speaker) in (None, wanted)


def opening_subject(paragraph: str, people: People) -> str | None:
    """The person a paragraph opens on as its subject ("Marco Rubio, who is third in many polls,
    stressed …"), whom an epithet opening the next paragraph names ("The Florida senator told
    reporters …"). A short line (a photo credit, "Do you support Ted Cruz?") opens on no one."""
    words = paragraph.split()
    if len(words) < _OPENING_MIN_WORDS:
        return None
    subjects = subjects_in(sentences(paragraph)[0], people)
    if not subjects:
        return None
    name = people.fullest(subjects[0])
    main = INTRODUCTION.sub("", DATELINE.sub("", paragraph.lstrip(), count=1))  # ("MANCHESTER, N.H. - At a
    opening = [  # rally here last week, Mike Pence showed …")
        re.sub(r"[’']s$", "", word).strip(",;:—–()") for word in main.split()[:_OPENING_NAME_WITHIN]
    ]
    return name if _surname(name) in opening else None


_OPENING_MIN_WORDS = 8
_OPENING_NAME_WITHIN = 4
"""A paragraph opens on a person when it has a sentence's length and names them in its first words
("Sen. Marco Rubio of Florida")."""


def object_before_epithet(description: str, text: str, subject: str | None, people: People) -> str | None:
    """The other person a sentence names before an epithet in it: "Mr. Trump took on Hillary
    Clinton on Sunday after the Democratic front-runner had said …" (the front-runner is Clinton,
    not the sentence's subject)."""
    sentence = sentences(text)[-1] if text.strip() else ""
    at = sentence.lower().rfind(description.lower())
    if at <= 0 or not _SUBORDINATE_END.search(sentence[:at]):
        return None  # (", the Vermont senator acknowledged": the sentence's own subject)
    named = people_in(sentence[:at], people)
    return named[1] if len(named) == 2 and named[0] == subject else None


_SUBORDINATE_END = re.compile(r"\b(?:after|before|when|while|because|since|as|though|although|until)\s+$")
"""A clause that opens right before an epithet: its subject is not the main clause's."""


def fits_epithet(name: str, description: str, people: People) -> bool:
    """The person could be called so: an epithet noun ("the senator") whose gender and title do not
    rule the person out."""
    head = description.lower().split()[-1]
    if head not in _EPITHETS:
        return False
    wanted = _EPITHETS[head]
    gender_fits = wanted is None or people.gender(name) in (None, wanted)
    return gender_fits and not _titled_otherwise(name, head, people)


def _titled_otherwise(name: str, head: str, people: People) -> bool:
    """The article gives the person a title that the epithet's noun is not ("Mayor" for "the
    candidate"); "Sen." for "the senator" is the same title."""
    role = people.roles.get(name, "").split()
    title = _normal_title(role[-1]) if role else ""
    return title in TITLES and title != head and title not in _TITLES_FOR.get(head, ())


def named_by_possessive(description: str, subject: str | None, people: People) -> str:
    """ "Obama's former campaign strategist said": a description by whom the speaker works for,
    meaning the person the sentences before were about (not the one it names: Obama)."""
    found = _POSSESSIVE_DESCRIPTION.fullmatch(description)
    head = found.group("head") if found else ""
    if not found or not subject or is_org(subject) or not _heads_a_role(head):
        return description
    if head.endswith("s") and not head.endswith("ss"):
        return description  # "Obama's first five questioners": many people, not the one the story is about
    if head in _KIN:
        return description  # "Ford's now-deceased father": a relative is someone else, not a post one holds
    owner = found.group("owner")
    if owner.lower() in subject.lower() or subject.split()[-1].lower() == owner.lower():
        return description
    return subject


_POSSESSIVE_DESCRIPTION = re.compile(
    r"(?P<owner>[A-Za-z][\w.-]*)['’]s\s+(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)"
)


_EPITHETS = {
    **dict.fromkeys(wordset("businessman congressman radioman anchorman councilman assemblyman"), "m"),
    **dict.fromkeys(wordset("lady businesswoman congresswoman anchorwoman councilwoman assemblywoman"), "f"),
    **dict.fromkeys(STATE_DEMONYMS, None),
    **dict.fromkeys(
        wordset(
            """candidate nominee billionaire mogul tycoon magnate investor entrepreneur developer politician
            contender frontrunner front-runner incumbent challenger hopeful senator governor lawmaker star
            host celebrity secretary speaker leader republican democrat diplomat justice"""
        ),
        None,
    ),
}
"""Head nouns of the epithets a story uses for its protagonists, with the gender they imply."""


_WROTE_A_BOOK = re.compile(
    r"\b(?P<who>[A-Z][\w’'-]*\.?(?:[ ][A-Z][\w’'-]*\.?){0,2})(?:,[^.;\n]{0,80}?)?\s(?:has|had)\s+(?:\w+\s+)?"
    r"(?:written|penned|authored|published)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}(?:book|memoir)\b"
)


def _book_author(text: str, people: People) -> str | None:
    """ "In the excerpt, the author wrote": the one person the story says has written a book ("Gary
    Byrne, a former Secret Service agent …, has written a book"); none when no one or several have."""
    authors = {
        people.fullest(match.group("who"))
        for match in _WROTE_A_BOOK.finditer(text)
        if people.knows(match.group("who").split()[-1])
    }
    return authors.pop() if len(authors) == 1 else None


def _holder_of_role(description: list[str], people: People) -> str | None:
    """ "The former pollster said": the one person the story gave that role ("Former Bill Clinton
    pollster Douglas Schoen"), its noun last and every other word of the description in it; none
    when no one or more than one holds it (an unnamed "the spokesman" stays as it is). How many
    terms or times ("the two-term president") is no part of a role."""
    description = [*(word for word in description[:-1] if not _COUNTED.fullmatch(word)), description[-1]]
    holders = [
        name
        for name, role in people.roles.items()
        if name in people.full_names.values()
        and (words := role.lower().split())
        and words[-1] == description[-1]
        and all(word in words for word in description[:-1])
        and not any(word in _OTHER_OFFICE and word not in description for word in words)
    ]  # ("Vice President Joe Biden" is not "the president")
    return holders[0] if len(holders) == 1 else None


_OTHER_OFFICE = frozenset({"vice", "deputy", "assistant", "associate", "former", "acting", "lieutenant"})
"""Words that make a role another office than its noun alone: a vice president is not the president."""


_COUNTED = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:term|time)")


def is_epithet(noun: str) -> bool:
    """ "leader" in "the Christian leader": a noun a story uses for one of its protagonists."""
    return noun.lower() in _EPITHETS


def _mentions(name: str, text: str) -> int:
    return len(re.findall(rf"\b{re.escape(_surname(name))}\b", text))


_PREPOSITION_FIRST = re.compile(r"^(?:Of|For|To|From|With|By|About|Like|Unlike)\s+")


_PARTIES = wordset("republican democratic democrat gop independent conservative liberal progressive")


def named_by_description(description: str, text: str, people: People, before: str | None = None) -> str:
    """ "The president said": the one person the article gives that role ("President Donald Trump",
    "Pat Simmons, the singer and guitarist"); with two such people, the one named more often
    before the quote (a senator the story names only later is not "the senator" yet)."""
    words = description.lower().split()
    if len(words) < 2 or words[0] != "the" or len(words) > 5 or not all(w.isalpha() for w in words[1:]):
        return description
    wanted = " ".join(words[1:])
    if wanted.endswith("s") and not wanted.endswith("ss"):
        return description  # "the doctors": a group
    ending = re.compile(rf"(?:^|\s){re.escape(wanted)}$")
    matches = [name for name, role in people.roles.items() if ending.search(role.lower().strip())]
    titles = _TITLES_FOR.get(words[-1], ())
    if not matches and titles:  # "the Republican lawmaker" after "Texas Rep. Mike McCaul"
        places = [w for w in description.split()[1:-1] if w[:1].isupper() and w.lower() not in _PARTIES]
        places = [w for w in places if w.lower() not in DEMONYMS]  # (a role seldom names the country)
        matches = [
            name
            for name, role in people.roles.items()
            if any(_normal_title(word) in titles for word in role.split())
            and all(place in role or place in people.party_tags.get(name, ("", ""))[1] for place in places)
        ]  # fmt: skip  ("the New Jersey governor", "the Florida senator" for "Marco Rubio, R-Fla.")
    party = {"republican": "R", "democrat": "D", "independent": "I"}.get(words[-1])
    places = [w for w in description.split()[1:-1] if w[:1].isupper()]
    if not matches and party and places:  # "the Iowa Republican" for "Chuck Grassley (R-Iowa)"
        matches = [
            name for name, (tagged, state) in people.party_tags.items()
            if tagged == party and all(place in state for place in places)
        ]  # fmt: skip
    if not matches and len(words) == 2:  # "the pope" for "Pope Francis", "the king" for "King Abdullah"
        title = f"{words[1].title()} "
        matches = [name for name in set(people.full_names.values()) if name.startswith(title)]
        matches = matches if len(matches) == 1 else []
    if not matches:
        return description
    titled = set(matches)  # "President Lee" is President Ann Lee, titled so too (not Mrs. Lee)
    matches = [people.fullest(name) if people.fullest(name) in titled else name for name in matches]
    counts = {name: _mentions(name, before or "") for name in set(matches)}
    if not any(counts.values()):  # (none named yet: the one the whole article names most)
        counts = {name: _mentions(name, text) for name in set(matches)}
    best = sorted(counts.items(), key=lambda item: -item[1])
    if len(best) > 1 and best[0][1] == best[1][1]:
        return description  # two presidents named as often: no telling which
    return best[0][0]
