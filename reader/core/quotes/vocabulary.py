"""The words quote attribution reads: speech verbs, titles, organisation words, and patterns built on them."""

from __future__ import annotations

import re


def wordset(text: str) -> frozenset[str]:
    """The words of a text block, for lists written as prose rather than one string per line."""
    return frozenset(text.split())


OPENERS = '"“„«‹'


CLOSERS = '"”“»›'


_SPEECH_VERB_LIST = (
    "said|says|say|saying|told|tells|tell|telling|added|adds|adding|wrote|writes|writing|written|explained|"
    "argue|warn|insist|contend|contends|contended|write|ask|respond|quip|"
    "explains|explaining|noted|notes|noting|stated|asked|asks|asking|argued|argues|arguing|"
    "continued|continues|recalled|recalls|insisted|insists|warned|warns|announced|announces|declared|"
    "declares|declaring|shouted|shouts|ordered|orders|quipped|tweeted|tweets|posted|commented|comments|"
    "replied|replies|testified|testifies|acknowledged|acknowledges|admitted|admits|conceded|concedes|"
    "confirmed|confirms|observed|observes|pointed out|points out|remarked|responded|responds|"
    "suggested|suggests|stressed|stresses|urged|urges|commanded|commands|cautioned|cautions|emphasized|emphasised|"
    "emphasizes|joked|jokes|mocked|mocks|yelled|yells|yelling|barked|barks|boomed|booms|thundered|thunders|screamed|screams|whispered|whispers|cried|shouting|called|calls|describe|described|describes|describing|"
    "predicted|predicts|promised|promises|vowed|vows|boasted|complained|complains|countered|counters|"
    "exclaimed|mused|concluded|concludes|elaborated|reiterated|reported|assured|assures|beamed|gushed|raved|enthused|"
    "demanded|demands|pleaded|speculated|maintained|maintains|believes|believed|thinks|thought|"
    "recounted|teased|hinted|hints|indicated|indicates|claimed|acknowledged|lamented|conceded|proclaimed|proclaims|"
    "apologized|apologised|announced|read|reads|interjected|interjects|retorted|retorts|retaliated|"
    "opined|opines|riffed|riffs|surmised|rejoined|rejoins|rumbled|rumbles|"
    "puts it|put it|"
    "boasts|tweet|fumed|fumes|reacted|lectured|lectures|lecturing|preached|preaches|preaching|"
    "groused|grouses|grumbled|griped|sighed|sighs|blurted out|blurted|shot back|fired back|hit back|"
    "chimed in|snapped|scoffed|mentions|mentioned|recites|recited|calling|went on(?=[.,])|goes on(?=[.,])|"
    "wondered aloud|wondering aloud|wonders aloud|referred to \\w+ as|refers to \\w+ as|criticized|"
    "criticizes|characterized|characterised|characterizes|asserted|asserts|asserting|insisting|claiming|tweeting|advises|advised|emailed|e-mailed|texted|conveyed|conveys|exhorted|exhorts|states(?=\\s+that\\b)|instructed(?=[\\w\\s’']{0,40}[,:]\\s*(?:[\"“]|$))|call(?=\\s+(?:them|him|her|it|this|that)\\b)"
)


def _top_level_alternatives(pattern: str) -> list[str]:
    """The branches of an alternation, not split inside a group ("call(?=\\s+(?:them|him))" is one)."""
    branches, depth, start, escaped = [], 0, 0, False
    for at, char in enumerate(pattern):
        if escaped or char == "\\":
            escaped = not escaped  # ("\\w", "\\(": the character after a backslash is no syntax)
            continue
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            branches.append(pattern[start:at])
            start = at + 1
    return [*branches, pattern[start:]]


def grouped_by_first_letter(pattern: str) -> str:
    """The same alternation with its branches gathered under their first letter, in their order:
    "said|told|says" becomes "s(?:aid|ays)|t(?:old)". Branches that begin with different letters
    never match at the same place, so it matches exactly what the flat list does; but the regex
    engine tries a score of letters at each word instead of two hundred verbs, and attribution
    searches for a speech verb in every paragraph."""
    groups: dict[str, list[str]] = {}
    for branch in _top_level_alternatives(pattern):
        groups.setdefault(branch[0], []).append(branch[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


SPEECH_VERBS = grouped_by_first_letter(_SPEECH_VERB_LIST)
"""The speech verbs, as an alternation to put inside a group: `(?:{SPEECH_VERBS})`."""


VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")  # lower case: "States" in "United States" is no verb


VERB_FIRST = re.compile(rf"^(?:{SPEECH_VERBS})\b\s*(?P<who>.*)$", re.DOTALL)


ACCORDING = re.compile(
    r"\b(?:according to|per(?=\s+(?:the|a|an|his|her|its|their)\s|\s+(?-i:[A-Z])))"
    r"\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St)\.\s+)?[^,.;:]+)",
    re.IGNORECASE,
)  # "according to X", "per the party's bylaws" (not "per cent", "per year")


NOT_SPEECH_CUES = re.compile(
    r"\b(?:slogan|tagline|motto|hashtag|titled|entitled|title|dubbed|nicknamed|nickname|so-called|"
    r"known as|term|phrase|song|songs|single|album|anthem|hymn|ballad|film|movie|book|novel|show|series|"
    r"episode|"
    r"headline|label|brand|sign|signs|banner|the words?|word|jam|hit|hits|memoir|alias)\s*[,:]?\s*$"
    r"|\b(?:phenomenon|practice|process|concept|condition|strategy|program|group|campaign|class|course|"
    r"company|firm|organization|organisation|show|book|film|plan|bill|project|event|operation|account|"
    r"page|site|website|channel|blog|podcast|app)\s+called\s*$"
    r"|\b(?:collection|anthology|biography|book|novel|memoir|film|movie|documentary|album|series|play|"
    r"musical)\b[^.,;“”\"]{0,60}\s(?:called|titled|entitled)\s*$"
    r"|\b(?:is|are|was|were|be|been|being|what’s|what's|what is)\s+(?:often\s+|commonly\s+|also\s+|now\s+)?"
    r"(?:called|known as|named|termed|dubbed|referred to as)\s*$"
    r"|\bterm\b(?:\s+\w+){0,3}\s+(?:is|was)\s*$"
    r"|(?:’s|'s|s’|s')\s+(?:commentary|column|op-ed|editorial|essay|article|piece|poem)\s*,\s*$"
    r"|\b(?:starred|starring|co-starred|stars|appeared|appearing|appears)\s+in\s+"
    r"(?:(?:[“\"][^”\"]{1,60}[”\"],?|[^.;“”\"]{1,12})\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)
"""What a quote's own words introduce as a name, not as speech; "Ouisa Davis' commentary, "…,"
is its title."""


NOT_SPEECH_CUES_REACH = 150
"""How far back from a quote its NOT_SPEECH_CUES can start (every branch ends at the quote, none
is longer): a search from there finds the same cue without trying every earlier position."""


DATE_WORDS = re.compile(
    r"^(?:(?:on\s+)?(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)(?:\s+(?:morning|afternoon|evening|night))?|last\s+\w+|this\s+\w+|earlier|later|recently|"
    r"previously)\b[\s,]*",
    re.IGNORECASE,
)


TRAILING_DATE = re.compile(
    r"\s+(?:(?:on\s+|in\s+)?(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last|next|earlier\s+this|later\s+that)\s+"
    r"(?:week|weekend|month|year|summer|spring|fall|autumn|winter|morning|afternoon|evening)|"
    r"earlier|later|recently|previously)[\s.,;]*$",
    re.IGNORECASE,
)
"""When a cue says it after the name: "noted the Milwaukee Journal Sentinel this summer."."""


IRREGULAR_PAST = (
    "began|went|took|gave|came|spoke|sought|got|kept|brought|stood|rose|fell|made|wrote|told|"
    "left(?!-)|held|led|won|lost|paid|met|spent|built|became|drew|struck|chose|threw|knew|grew|heard|meant|"
    "felt|found|thought|saw|ran"
)
"""Past tenses that do not end in "-ed": where a subject such as "The Florida senator sought …" ends."""


STAFF_ROLE = (
    r"(?:(?:campaign|press|deputy|national|senior|chief|communications)\s+)*"
    r"(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|strategist|manager|director|chairman|"
    r"chairwoman|secretary|counsel|lawyer|attorney|pollster|consultant|operative|staffer|speechwriter|"
    r"columnist|correspondent|reporter|editor|anchor|president|founder|researcher|analyst|economist)"
)
"""The lower-case role between whom a person works for and their name: "… campaign spokesman Glen Caplin",
"New York Times columnist David Brooks"."""


NAME_AFTER_VERB = re.compile(
    r"\s+(?:(?!(?:that|the|a|an|it|this|in|on|at|to|of|for|by|he|she|they|we)\s)(?:[a-z]+|\d[\w/-]*)\s+){0,2}"
    r"((?:[A-Z][\w’'.-]+\s+){0,4}[A-Z][\w’'.-]+)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)\s*(?:,|\.|$)"
)  # (not "Mr" of "called Mr. Obama's remarks")
"""The name right after a speech verb when it ends the clause: "…, said Bart Naylor, an advocate.",
"…, adds psychologist Mary Alvord.", "…, said 9/11 widow Terry Strada." (not the subject of what
is said: "…, says Hillsborough is", nor a clause's: "…, said he expects Obama, Abe and Park to")."""


PRONOUNS = {"he": "m", "she": "f", "they": None, "him": "m", "her": "f", "it": "n"}
"""Pronouns that stand for a speaker, with the gender they need ("n": an organisation)."""


DETERMINERS = re.compile(
    r"^(?:a|an|the|one|another|some|two|three|several|many|other|both|his|her|its|their|our)\s", re.IGNORECASE
)


TITLES = wordset(
    """mr mrs ms miss dr prof sir dame gov governor sen senator rep representative president vice
    chairman chairwoman chair ceo cfo coo cto secretary minister premier mayor judge justice
    attorney general commissioner chief director officer spokesman spokeswoman spokesperson leader
    administrator ambassador deputy associate assistant sheriff captain lieutenant sergeant
    detective coach manager us uk eu un former acting interim state federal lt col gen capt sgt rev
    reverend msgr del delegate senators alderman alderwoman councilman councilwoman admiral adm"""
)


ORG_WORDS = wordset(
    """office department ministry agency commission committee council university college institute
    center centre laboratory lab association company corporation inc ltd llc group bank court
    police service services administration board press times post news network team party
    foundation society hospital school journal magazine protection security patrol guard army navy
    coalition alliance authority exchange fund trust partnership institute track area states kingdom
    republic county city research embassy consulate treasury parliament senate congress house force prize
    state command academy chiefs
    corps energy holdings capital partners industries airlines airways motors pharmaceuticals
    technologies systems media communications resources financial insurance entertainment studios
    ventures logistics petroleum utilities telecom brands program programme endowment studies initiative
    international national day club union federation league organization organisation grants
    act treaty accords"""
)


COMMON_CAPITALISED = wordset(
    """speech video photo interview popular famous prominent
    the a an this that these those it its in on at for from by with as after before during about
    but and or so yet if when while though although because later earlier meanwhile however still i
    we you they he she his her their our my january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday sunday
    today tonight yesterday noting asked adding according following speaking writing citing
    describing declaring saying twitter facebook instagram maybe perhaps yes no instead also even
    just only now then here there why what how who where which whatever since until once like unlike
    despite without within some many most all every each other another such both more much few would
    could should can might must did does do is are was were has have had over under into onto upon
    nobody everyone everybody someone somebody anyone anybody none absent amid barring regarding
    outside inside behind beyond near across along around through throughout toward towards against
    beside besides beneath"""
)


INTRODUCTION = re.compile(
    r"^(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?\s+(?=(?-i:[A-Z]))|"
    r"(?:(?:following|after|before|between|in|on|at|during|while|when|as|with|despite|since|until|later|earlier|"
    r"absent|amid|amidst|alongside|among|besides|beyond|without|unlike|like|barring|although|though|because|"
    r"asked|pressed|challenged|questioned|confronted|interviewed|filling\s+in|speaking|responding|appearing)\b"
    r"[^,]{0,120}|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?\s+"
    r"(?:on|at|in|during)\s[^,]{0,100}|(?-i:[A-Z][a-z]{2,}ed)\s+(?:on|in|by|with|at|from|for|after|during)\s[^,]{0,80}|"
    r"[a-z]+ing\s+(?:[a-z]+ly\s+)?(?:to|on|at|in|into|for|about|up|out|off|from|with|his|her|their|its|the|a|an|throughout|through|across|around)\s[^,]{0,120}|(?:the\s+(?:next|following|previous|same)\s+|(?:last|this|next|early|late)\s+)\w+(?:\s+\w+)?|(?:early|late|later|earlier)\s+(?:in|on)\s[^,]{0,60}|of\s+course|indeed|of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}|sooner\s+or\s+later|eventually|finally|ultimately|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|ago|after|before)\b[^,]{0,80}|"
    r"either\s+way|in\s+any\s+case|at\s+any\s+rate|anyway|regardless)(?:,\s+(?:1[89]|20)\d\d)?,"
    r"[”\"]?\s*)",
    re.IGNORECASE,
)
"""A sentence's opening before its subject: "After the show, …", "Last November, …", "Continuing to
explain his view, …", "Walking into the office, …", "Two months later, …", "Four days before the
launch, …", "Filling in for Sanders at the event, …", "Absent Sanders' plan, …", "Wednesday on Fox
News Channel’s “Hannity,” …", "Either way, …", "On July 27, 2006, …", "Although it was …, …",
"Authored on Sands letterhead, …"."""


DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.’' ]+(?:,\s+(?:[A-Z]\.){2}|,\s+[A-Z][a-z]+\.?)?(?:,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*"
    r"(?:\((?:AP|UPI|AFP|Reuters|CNN)\)\s*)?"
    r"|[A-Z][\w.’' ]{1,30}?(?:,\s+[A-Z][\w.]+){0,2}(?:,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*"
    r"\((?:AP|UPI|AFP|Reuters|CNN)\)\s*)[—–-]+\s+"
)
"""A wire story's dateline, "WASHINGTON, Dec. 8 (UPI) — ", "New York (AFP) – ", "PURCHASE, N.Y., April 1
(UPI) — ", "MANCHESTER, N.H. - ", "PORTLAND, Maine - ": no part of the sentence it opens (and only at
its start: "the U.S. - " inside a sentence is none)."""


LEADING_WORDS = re.compile(
    r"^(?:(?:and|but|so|though|although|while|as(?!\s+for\b)|because|when|then|also|later|meanwhile|however|still|"
    r"yet|now|here|there|earlier|instead|even)\b[\s,]*|\d+-year-old\s+)+",
    re.IGNORECASE,
)


TRAILING_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|will|would|could|can|might|also|then|later|recently|previously|once|again|"
    r"further|simply|only|just|repeatedly|has been|had been|went on to|goes on to|go on to|continued to|"
    r"began to|was quick to|were quick to))+\s*$",  # ("He went on to say, "…"": he)
    re.IGNORECASE,
)


ABBREVIATIONS = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gov|Sen|Rep|Del|Gen|Adm|Lt|Col|Capt|Prof|Rev|Msgr|Inc|Co|Corp|No|vs|"
    r"U\.S|U\.K|D\.C|a\.m|p\.m|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)$"
)


NAME_TOKEN = re.compile(r"(?:[A-Z][\w’'.&-]*|(?:van|von|de|der|den|da|di|del|la|le|bin|al|['’]t))")


WORD = re.compile(r"[\w’'-]+")


FEMALE_ROLE = re.compile(
    r"\b(?:woman|spokeswoman|chairwoman|congresswoman|businesswoman|mother|wife|daughter|sister|"
    r"grandmother|aunt|queen|princess|actress|girl|widow|her (?:husband|son)|mrs|ms)\b"
)


MALE_ROLE = re.compile(
    r"\b(?:man|spokesman|chairman|congressman|businessman|father|husband|son|brother|grandfather|"
    r"uncle|king|prince|actor|boy|widower|his (?:wife|daughter)|mr)\b"
)


SUBJECT_PRONOUN = re.compile(r"(?:^|[.;]\s+|,\s+(?:and|but)\s+|\band\s+)(He|She|he|she)\b")


UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
"""Letters of names, accented ones too ("Castañeda", "Éric")."""


_NAME_WORD = rf"(?:(?:al|el)-)?[{UPPER}][{LOWER}’'-]+(?:[{UPPER}][{LOWER}’'-]+)?"
# "McKinley", "DeSantis", "O'Neill" too, and an Arabic article joined on: "Anwar al-Awlaki"


NAME_IN_TEXT = re.compile(
    rf"(?<![.\w])((?:{_NAME_WORD}|[A-Z]\.|(?:van|von|de|der|den|da|di|del|bin|al)\b)"
    rf"(?:[ \t\u00a0]+(?:{_NAME_WORD}|[A-Z]\.|(?:van|von|de|der|den|da|di|del|bin|al)\b|in[ \t]+['’]t\b))+)"
)
"""A run of capitalised words, with the particles of European surnames ("Ursula von der Leyen",
"Sophie in 't Veld")."""


_APPOSITIVE_CHAR = r"(?:\b(?:Mr|Mrs|Ms|Dr|St|[A-Z])\.|[^,.;])"
"""A role runs on past "Mr." ("a senior aide to Mr. Trump") and past an initial ("press secretary
to George W. Bush"), which ended it until batch 34."""


APPOSITIVE = re.compile(
    rf",\s+((?:an?|the)\s+{_APPOSITIVE_CHAR}{{3,120}}?|[a-z]{_APPOSITIVE_CHAR}{{3,120}}?)"
    r"(?:,|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<! [A-Z])\.|;|$|(?<=[A-Z]\.)(?=\s+[^A-Z\s]))"
)


GROUPS = wordset(
    """democrats republicans americans britons conservatives liberals socialists muslims christians jews
    indians catholics protestants palestinians israelis europeans africans asians latinos hispanics voters
    residents officials lawmakers senators leaders fans players members workers people republican
    democrat democratic chinese japanese british french dutch swiss irish vietnamese taiwanese"""
)
"""Plural nouns for many people, and party words: no one's surname ("Iowa Republican primary voters")."""


SUBJECT_OF_SPEECH = re.compile(
    rf"([{UPPER}](?<![\w’'.-][{UPPER}])(?:[{LOWER}’'-]{{2,}}|[{LOWER}’'-]+[{UPPER}][{LOWER}’'-]+))\s+(?:{SPEECH_VERBS})\b"
    r"(?!\s+(?:are|were|have|had)\b)"
)  # "Trump said", "McKinley said"; not "Li said" (a family name alone may be a given name's), nor
# "Harsh comments are …" (a noun, not a verb). What may not come before the name is checked after its
# capital, so that a search skips to capitals (2.5 times faster over a whole text, the same matches).


SUBJECT_START = re.compile(
    r"^(?:[A-Z\"“]|(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\b|(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome)\s)"
)


CLAUSE_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|to|for|in which)\b")


CLAUSE_START = re.compile(r"(?:who|which|whose|and|but)\b")


ROLE_STOPS = wordset(
    """by to with of for from said says on in at as about against between through into over under
    including like than and or but - – — week month year day today yesterday tonight quotes quoted
    quoting cites cited citing"""
)
"""Words that end a role read backwards from a name: "echoed Sen.", "a race against singer X"."""


NOT_AN_APPOSITIVE = re.compile(
    r"(?:at|as|according|despite|even|for|often|shortly|not|after|before|during|in|on|with|while|when|"
    r"where|though|although|if|because|since|until|including|like|unlike|without|from|into|by|to|about|"
    r"then|also|just|only|still|who|whom|which)\b|"
    r"(?!(?:acting|managing|ranking|leading|outgoing|incoming|founding|presiding|visiting|governing|"
    r"reigning|longstanding|sitting)\b)[a-z]+ing\b|"
    r"[a-z]+ed\s+(?:to|his|her|their|its|the|a|an|that|by|with|on|in|at|from|for|up|out|off|down)\b"
)
"""An aside after a name that says where or how, not who: ", at a later press gaggle,", ", summing
up …", ", assigned to …"."""


PERSON_NOUNS = wordset(
    """nominee chief head host widow widower anchor star judge coach boss aide staff veteran mogul
    billionaire millionaire chair clerk guard scholar expert envoy ally rival friend wife husband son
    daughter mother father brother sister partner colleague general doctor nurse priest pastor rabbi
    imam bishop cardinal pope king queen prince princess heir icon legend mate lady resident student
    candidate delegate official analyst executive agent consultant assistant lieutenant sergeant
    servant accountant attendant defendant immigrant migrant applicant contestant participant
    informant president correspondent superintendent dissident opponent proponent descendant
    representative detective relative operative advocate graduate associate magnate diplomat critic
    medic cleric pilot patriot physician surgeon author deputy spouse fiancee fiance girlfriend
    boyfriend uncle aunt nephew niece cousin grandmother grandfather child teen kid fan user
    native citizen victim survivor parent chef ceo cfo coo cto cio co-ceo"""
)
"""Heads of a role before a name ("Clinton aide", "CNN host") that no agent-noun ending shows."""


PERSON_NOUN_ENDING = re.compile(r"(?:er|or|ist|yst|ian|man|men|woman|women|person|ee|ess|ary|eur|naut)s?$")


DOCUMENTS = frozenset({"statement", "release", "letter", "email", "post", "memo", "note", "filing", "report",
                       "study", "analysis", "paper", "review", "book", "memoir", "article", "video", "clip",
                       "ad", "advertisement", "spot", "headline", "resolution", "affidavit", "indictment",
                       "lawsuit"})  # fmt: skip


RULINGS = wordset("ruling decision opinion order judgment verdict")
"""Documents a court issues: "…," said the ruling, is the court's."""


ORG_KINDS = {  # a generic head noun, and the words an organisation of that kind is named with
    "company": "Inc|Corp|Corporation|Co|Company|Records|Productions|Group|LLC|Ltd|Holdings|Entertainment|"
    "Studios|Media|Motors|Airlines|Bank",
    "firm": "Inc|Corp|LLC|Ltd|Partners|Group|Capital|Associates",
    "label": "Records|Music",
    "studio": "Studios|Pictures|Entertainment",
    "ministry": "Ministry",
    "department": "Department",
    "agency": "Agency|Administration|Service|Office|Protection|Bureau|Authority",
    "group": "Coalition|Group|Alliance|Association|Council|Network|Project|Foundation|Center|Centre",
    "network": "Network|News|TV|Television|Broadcasting",
    "commission": "Commission",
    "committee": "Committee",
    "union": "Union|Association|Federation|Guild|Brotherhood|Teamsters",
    "university": "University|College|Institute",
    **dict.fromkeys(
        ("newspaper", "paper", "daily", "outlet"),
        "Times|Post|News|Journal|Tribune|Herald|Gazette|Globe|Chronicle|Examiner|Telegraph|Guardian|Inquirer",
    ),  # "According to the newspaper" after "the New York Daily News"
    **dict.fromkeys(
        ("magazine", "publication"),
        "Review|Magazine|Journal|Times|Post|Weekly|Monthly|Atlantic|Nation|Standard|Report|Quarterly",
    ),  # "The conservative publication" after "The National Review is hosting …"
}


_NAMED = r"(?P<who>(?:[A-Z][\w&’'.-]*)(?:\s+(?:[A-Z][\w&’'.-]*|of|and|&|for))*)"


ISSUED = re.compile(
    rf"{_NAMED}\s+(?:has\s+|had\s+|also\s+)?(?:issued|released|put out|posted|shared|published|sent|"
    rf"said in|denied [^.]{{0,60}}?in|added in|wrote in|wrote)\s+(?:a|an|its|the|their)\s+(?:\w+\s+){{0,2}}"
    rf"(?:statement|release|letter|email|post|memo|note|filing|book|memoir|affidavit|lawsuit)\b"
)


FROM = re.compile(
    rf"\b(?:statement|release|letter|email|memo|note|report|study|analysis|paper|article|story|video|ad|clip|"
    rf"affidavit|indictment|lawsuit)"
    rf" (?:from|by|in|issued by|signed by|written by|published by) (?:the\s+)?{_NAMED}"
)


NAMED_DOCUMENT = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+{_NAMED}\s+(?:article|story|report|editorial)\b")
"""A document named by its publisher: "a Times article hailed Trump as …"."""


NOT_A_SPEAKER = re.compile(r"\b(?:percent|per cent|poll|polls|survey|surveys)\b|%|^\W*\d", re.IGNORECASE)
"""Poll figures ("Fifty-one percent say that "…"") quote a question's wording, not a person."""


DOCUMENT_FROM = re.compile(
    r"^(?:a|an|the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}(?:statement|release|letter|email|memo|note|report|"
    r"study|analysis|paper|filing|document|fact sheet|projection|survey|estimate)\s+"
    r"(?:from|by|issued by|signed by|written by|published by|of|on|posted on|published on)\s+"
    r"(?P<who>.+)$",
    re.IGNORECASE,
)
"""A document named with its author: "a report from Kotak Institutional Equities" said it."""


PLACE_FIRST = wordset(
    """san los las santa saint st. fort port mount lake cape hong costa puerto rio new north south east west
    upper lower greater saudi central latin"""
)
"""First words of place names ("San Francisco", "New Delhi", "Hong Kong"): such a pair is no person."""


PLACE_LAST = wordset(
    """beach county island islands springs valley heights harbor creek canyon street avenue boulevard
    square statehouse capitol eastern western northern southern tower plaza hotel arena stadium sea
    gulf shoal ocean"""
)
"""Last words of place names ("Palm Beach", "Orange County", "Wall Street", "Indiana Statehouse",
"Trump Tower") and of adjectives made from them ("Middle Eastern"): such a pair is no person either."""


COUNTRIES = wordset(
    """afghanistan africa america asia australia austria belgium brazil britain canada china cuba denmark
    egypt england europe finland france germany greece india indonesia iran iraq ireland israel italy japan
    kazakhstan kenya korea kosovo kuwait lebanon libya mexico nigeria norway pakistan palestine poland qatar
    russia scotland somalia spain sweden switzerland syria taiwan turkey ukraine venezuela vietnam yemen"""
)
"""Countries and continents a story names as it names people ("China may outnumber …, he says"): no
one is called that unless the story gives a full name ("Rep. Steve Israel")."""


NICKNAME = re.compile(
    r"(?P<name>\b[A-Z][\w.’'-]*) [\"“‘](?P<nick>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?)[\"”’](?= [A-Z])"
)
"""A nickname in quote marks inside a name: Marcia "Cia" Price, Robert C. "Bobby" Scott. Replaced by
``\\g<name>`` it leaves the name without it."""


US_STATES = {
    "Ala.": "Alabama", "Alaska": "Alaska", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia",
    "Hawaii": "Hawaii", "Idaho": "Idaho", "Ill.": "Illinois", "Ind.": "Indiana", "Iowa": "Iowa",
    "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Maine": "Maine", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Ohio": "Ohio", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Texas": "Texas", "Tex.": "Texas", "Utah": "Utah",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}  # fmt: skip
"""The states of the party tags US news puts after a lawmaker's name ("Marco Rubio, R-Fla.", "Harry
Reid (D-Nev.)"), in the abbreviations of AP style, so that "the Florida senator" finds Rubio."""


PARTY_TAG = re.compile(r",?\s*\(?([RDI])-((?:[A-Z][a-z]*\.){1,2}(?:[A-Z][a-z]*\.)?|[A-Z][a-z]+)")
"""A party and state tag right after a name: ", R-Fla.", " (D-Nev.)", ", R-S.C.", ", R-Texas"."""


DEMONYMS = wordset(
    """american british english scottish irish welsh french german italian spanish portuguese dutch belgian
    swiss austrian swedish norwegian danish finnish polish czech hungarian greek turkish russian ukrainian
    israeli palestinian arab jewish muslim christian iranian iraqi syrian lebanese jordanian saudi egyptian
    libyan yemeni afghan pakistani indian chinese japanese korean vietnamese thai filipino indonesian
    australian canadian mexican cuban brazilian venezuelan colombian argentine african nigerian kenyan
    kurdish european asian latino hispanic"""
)
"""Words for a people or a nation: "Arab Israeli lawmakers" names no one called Israeli."""


STATE_DEMONYMS = dict(
    pair.split(":")
    for pair in wordset(
        """texan:Texas floridian:Florida californian:California ohioan:Ohio iowan:Iowa vermonter:Vermont
        virginian:Virginia kentuckian:Kentucky arizonan:Arizona coloradan:Colorado minnesotan:Minnesota
        wisconsinite:Wisconsin michigander:Michigan pennsylvanian:Pennsylvania marylander:Maryland
        oklahoman:Oklahoma arkansan:Arkansas louisianan:Louisiana tennessean:Tennessee alabamian:Alabama
        nevadan:Nevada utahn:Utah oregonian:Oregon alaskan:Alaska hoosier:Indiana bostonian:Boston
        chicagoan:Chicago"""
    )
)
"""What a story calls a person by their home state or city ("the Texan said"), with the place: an
epithet, like "the senator", for someone it has named, and the one its role ties to that place
when there is one ("former Texas governor Rick Perry")."""


NAMED_ADVERT = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ii]ts)\s+(?:new\s+)?(?P<who>[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|of|for|and|&))*)"
    r"\s+(?:(?:television|TV|radio|digital|web|attack)\s+)?(?:ad|advert|advertisement|spot|commercial)\b"
)
"""An advertisement named by whoever runs it ("One Club for Growth ad", "a new Priorities USA spot"):
theirs, the words it says."""
