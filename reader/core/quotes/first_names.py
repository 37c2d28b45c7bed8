"""Common given names whose bearers are, by a wide margin, one gender: the evidence a pronoun needs
when the article itself gives none ("Oliver Sacks … 'I couldn't focus,' she said" is not Sacks).

The lists are the most frequent given names of US birth records (Social Security Administration,
1950-2000), their common short forms (Josh, Kate), plus a few of the commonest elsewhere; names
widely given to both (Alex, Jordan, Sam, Taylor, Robin, Kim, Jessie, Chris, Pat, Terry) are left out on
purpose. Nothing here comes from the annotated articles.
"""

from __future__ import annotations

from reader.core.quotes.vocabulary import wordset

FEMALE = wordset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
    sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
    katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
    joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
    jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
    judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie
    isabella charlotte rose alexis kayla anne louise sophie amelia ava mia elena sofia fatima aisha
    priya ingrid natasha olga irina tatiana monica wendy tina"""
)

MALE = wordset(
    """james robert john michael david william richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl sean
    austin arthur lawrence jesse dylan bryan joe billy bruce albert willie gabriel logan alan juan wayne
    roy ralph randy eugene vincent russell elijah louis bobby philip johnny oliver charlie tom bill mike
    steve bob jim hans pierre ivan mohammed muhammad ahmed hassan omar rahul hiroshi"""
)


FEMALE |= wordset(  # the common short forms of the names above
    """kate katie kathy cathy beth liz lizzie betsy jenny jen jenn meg peggy becky debbie deb sue suzy
    patty barb sandy mandy jackie jess ginny vicky terri"""
)

FEMALE |= wordset(  # further down the same birth records (roughly ranks 100-300)
    """valerie jane joanne lori tammy dawn connie holly april erin kristen kristin crystal tiffany
    melanie erica erika vanessa veronica jasmine chelsea courtney lindsay whitney brooke allison alison
    jill gail annie lois phyllis norma paula marjorie mildred lillian florence edna ethel irene
    josephine eleanor bonnie rita sylvia vera juanita lucille loretta yvonne joy kristina krista
    kristy stacy stacey wanda rosa ana carmen yolanda lucy claire clara audrey ellen eileen sally carla
    renee marsha gina katrina tanya sonia sonya colleen meredith caroline jenna alyssa brianna kaitlyn
    haley chloe ella lily zoe leah naomi miriam esther joanna nina gwen jeanne june molly maggie
    melinda beatrice agnes hazel ruby pearl bridget sheila maureen darlene charlene arlene roberta
    georgia regina rhonda belinda kristi marcia tara felicia jocelyn lydia vivian hillary hilary"""
)

MALE |= wordset(  # further down the same birth records (roughly ranks 100-300)
    """neil neal hugh craig todd shawn chad travis marcus derek curtis martin shane cody jared victor
    phillip corey luis carlos antonio troy rodney marvin glenn earl stanley leonard howard clarence
    ernest melvin harry francis herbert lloyd leroy bernard warren gordon barry alvin calvin lewis
    allen frederick dean vernon duane darrell mitchell ross brett brent derrick dustin joel edwin norman
    ian luke evan isaac caleb connor owen mason lucas julian colin grant spencer seth wesley clifford
    lance jerome kurt leon mario ricardo roberto manuel miguel pedro jorge francisco rafael fernando
    sergio eduardo javier alejandro andre terrence reginald darryl cedric maurice jamal tyrone dwayne
    byron gilbert hector nelson oscar raul ruben ramon dominic marc stuart roland wallace clyde floyd
    harvey herman milton chester lester arnold alfred"""
)

MALE |= wordset(
    """josh dan danny matt nick nicky tony ben jon greg jeff tim timmy ken kenny rick ricky dave davey
    don donnie ron ronnie ed eddie andy jake ted teddy fred freddie joey mitch rob robbie pete doug
    stan chuck hank jimmy"""
)


def gender_of_first_name(name: str) -> str | None:
    """'f', 'm', or None when the first word of a name is not clearly one or the other."""
    words = name.split()
    first = words[0].lower().strip(".,") if words else ""
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    return None
