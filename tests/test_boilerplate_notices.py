"""Notices printed after or between a story's paragraphs, in the lexicon languages:
comment policies, membership and app prompts, disclaimers, press-release legal boxes,
interview credits and author bios; and the story sentences that share their words."""

from __future__ import annotations

import pytest

from newsclean import clean, strip_boilerplate
from strategies import BUS_STORY

STORY = BUS_STORY


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Comments are moderated and may take up to 24 hours to appear.", "comments"),
        ("Commenting has been disabled on this article because of the legal case.", "comments"),
        ("Our comment policy: we welcome debate but remove abusive posts.", "comments"),
        ("Les commentaires sont modérés. Ils ne doivent pas contenir d'injures.", "comments"),
        ("Os comentários são de responsabilidade exclusiva de seus autores.", "comments"),
        ("Reacties worden gemodereerd. Houd het netjes en blijf bij het onderwerp.", "comments"),
        ("I commenti sono moderati. La redazione si riserva di non pubblicarli.", "comments"),
        ("Los comentarios están sujetos a moderación.", "comments"),
        ("Kommentare werden moderiert und erscheinen nicht sofort.", "comments"),
        ("Sign up to our weekly food newsletter for recipes and reviews.", "promo"),
        ("Download our free app for the latest news and sport.", "promo"),
        ("Listen on Spotify, Apple or wherever you get your podcasts.", "promo"),
        ("Jetzt 4 Wochen testen und weiterlesen. Jederzeit kündbar.", "promo"),
        ("The views expressed in this article are the writer's own.", "legal"),
        ("Les opinions exprimées dans cette tribune n'engagent que leur auteur.", "legal"),
        ("A autora escreve de acordo com a antiga ortografia.", "legal"),
        ("Propos recueillis par Camille Roux", "metadata"),
        (
            "If you are affected by any of the issues raised in this story, help is available.",
            "contact",
        ),
        ("Jump to recipe", "navigation"),
        ("View Deal", "promo"),
        # found by a held-out probe of 60 documents
        ("Teilen Twittern Mailen", "share"),
        ("Deel Bewaar", "share"),
        ("Partager via : Facebook Twitter E-mail Copier le lien", "share"),
        ("Comments 87", "comments"),
        ("Lee los comentarios (45)", "comments"),
        ("You've read 3 of 5 free articles this month.", "promo"),
        ("Questo articolo è riservato agli abbonati. Abbonati a 1€ al mese.", "promo"),
        ("This interview has been edited and condensed for clarity.", "metadata"),
        ("Das Gespräch wurde gekürzt und redigiert.", "metadata"),
        ("Redacción", "metadata"),
        # found by earlier probes, fixed in a later session
        ("Jane Doe can be reached at jdoe@example.com or 555-0134.", "contact"),
        ("Subscribe now to read the latest news from your city.", "promo"),
        ("Get unlimited access to local news for as little as $1.99 a week.", "promo"),
        ("Never miss a story - sign up for our free newsletter today.", "promo"),
        ("Follow @example_news on X", "share"),
        ("With inputs from agencies", "metadata"),
        # found by the held-out probe p16a
        ("Are you at the airport? Get in touch by emailing live@example.com", "contact"),
        # found by held-out probes: the writer named, then a phone number or an address
        ("Reach Kelsey Ortiz at 555-0134 or follow her on X @kortizbeacon.", "contact"),
        ("Contact Jane Doe at jdoe@example.com.", "contact"),
        ("Do you have a tribute you would like to share? Email news@example.com", "contact"),
        ("This report by The Example Press was first published March 28, 2024.", "metadata"),
        ("This story was originally published by the Example Tribune.", "metadata"),
        ("Buy now: £149.99, Example Store", "ads"),
        ("You might also like: Best air fryers, tested by experts", "related"),
        ("Why you can trust Example Reviews: we test every product for two weeks.", "metadata"),
        ("WEBINAR: Marketing your crop in a falling market", "promo"),
        (
            "This column reflects the opinion of the writer and not necessarily that of the paper.",
            "legal",
        ),
        (
            "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.",
            "legal",
        ),
        # found by the held-out probe p16b
        (
            "This article is for informational purposes only and is not a substitute for "
            "professional medical advice.",
            "legal",
        ),
        ("Last reviewed: February 20, 2024", "metadata"),
        ("Click here to join our channel (@example) and stay updated with the headlines", "promo"),
        (
            "Original-Content von: Polizeipräsidium Beispielstadt, übermittelt durch Beispiel",
            "metadata",
        ),
        ("Published in Example Mirror, June 18th, 2024", "metadata"),
        ("Download the Example 7 Weather app for live radar and alerts", "promo"),
        ("The Harmattan Year is published by Example Press, £16.99.", "metadata"),
        ("Leé también: Cuánto cuesta viajar en taxi tras el último aumento", "related"),
        ("Our Correspondent", "metadata"),  # a desk's byline with no cue
        # found by the held-out probe p16c
        ("------------------------------------------", "boilerplate"),
        ("* * *", "boilerplate"),
        (
            "Cette nouvelle a été produite dans le cadre de l'Initiative de journalisme local.",
            "metadata",
        ),
        ("Suscribite al newsletter y recibí las noticias de Córdoba en tu correo.", "promo"),
        ("Staff Reporter", "metadata"),
        # found by the held-out probe p40a: appeals for subscriptions, opinion notes
        ("Thank you for reading. A message from the Editor:", "promo"),
        (
            "Thank you for reading this story on our website. While I have your attention, "
            "I also have an important request to make of you.",
            "promo",
        ),
        (
            "Our subscribers make this reporting possible. Please consider supporting "
            "local journalism by subscribing to the Example Examiner.",
            "promo",
        ),
        ("This content is for subscribers only.", "promo"),
        ("The views expressed here are the writer's own.", "legal"),
        ("Submit a letter to the editor at letters@example.com.", "contact"),
        # found by the held-out probe p41b
        ("Show 23 comments", "comments"),
        ("Read 318 Comments", "comments"),
        ("Editorial code of conduct", "legal"),
        ("Report an editorial error", "legal"),
        (
            "The audio version of this article is generated by text-to-speech, a "
            "technology based on artificial intelligence.",
            "metadata",
        ),
        (
            "If you have been affected by any of the issues in this story, support is "
            "available via the Example Action Line.",
            "contact",
        ),
        (
            "Join our new WhatsApp community and receive your daily dose of local news.",
            "promo",
        ),
        (
            "We urge you to turn off your ad blocker so that you can continue to access "
            "our content in the future.",
            "promo",
        ),
        ("By submitting your email, you agree to our Terms and Privacy Notice.", "promo"),
        # found by the held-out probe p42a (trafilatura of US and UK local news)
        ("6 comments on this story", "comments"),
        ("Email This Link", "share"),
        ("Submit a letter", "contact"),
        ("Get the latest entertainment news direct to your inbox", "promo"),
        ("Follow the Star's sport team on X @ExampleStarSport", "share"),
        # found by the held-out probe p42b (Markdown of pages in six languages)
        # a story topic read as a story sentence ("sign up for …") hides no furniture
        # phrase after it
        (
            "Readers can sign up for the weekly print edition at the front desk of the "
            "newspaper office. All rights reserved.",
            "legal",
        ),
        ("Postings (112)", "comments"),
        (
            "Bitte beachten Sie unsere Community-Richtlinien. Um ein Posting zu verfassen, "
            "müssen Sie angemeldet sein.",
            "comments",
        ),
        ("Descarregue a nossa App gratuita e receba os alertas.", "promo"),
        (
            "O Diário Exemplo não se responsabiliza pelas opiniões expressas pelos seus "
            "colunistas.",
            "legal",
        ),
        ("Tags : Marcinelle Vol avec violence Parquet de Charleroi", "metadata"),
        ("Te interesa: Cómo refrescar tu casa sin aire acondicionado", "related"),
        ("Oudere berichten laden", "navigation"),
        # found by the held-out probe p43a (Common Crawl WET, English outside the US)
        ("Thanks for signing up!", "promo"),
        (
            "Our newsroom depends on a growing audience of readers to power our "
            "journalism. If you are not a paid reader, please consider subscribing.",
            "promo",
        ),
        (
            "Every piece of reporting Jane produces is reviewed by an editing team before "
            "it is posted online or published in print.",
            "metadata",
        ),
        # found by the held-out probe p43b (newspaper4k text in six languages)
        ("Jetzt mitdiskutieren!", "comments"),
        ("Liveticker aktualisieren", "navigation"),
        ("Vos commentaires", "comments"),
        (
            "Cet article vous a plu ? Partagez-le et abonnez-vous pour soutenir une "
            "information de qualité.",
            "promo",
        ),
        ("Temas relacionados", "related"),
        ("Compartilhe esta notícia no WhatsApp", "share"),
        # a related cue in capitals closed by the capitals, not a colon
        ("LEGGI ANCHE Siccità, la Regione dichiara lo stato di crisi in 41 comuni", "related"),
        ("LESEN SIE AUCH Stadt plant neues Stadion am Hafen", "related"),
    ],
)
def test_notice_between_paragraphs_goes(line: str, kind: str) -> None:
    art = strip_boilerplate("\n\n".join([*STORY[:2], line, *STORY[2:]]))
    assert [(r.text, r.kind) for r in art.removed] == [(line, kind)]
    assert art.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "line",
    [
        # found by a probe: a quotation or a reported prompt is the story's
        '"Subscribe to the idea that you can cope with anything," a reader wrote to me.',
        "Sign up for the clinics at the county's health website, the council said.",
        "Sign up for the free classes at the library, said the mayor on Monday.",
        # found by review: story sentences holding a notice's words
        "The minister, who travelled as a guest of the Saudi government last year, "
        "defended the trip on Tuesday.",
        "The foundation pledged $20 million to support independent journalism in rural areas.",
        "YouTube said commenting has been disabled on videos featuring young children.",
        "Das Gespräch führte zu keiner Einigung, sagte ein Sprecher der Stadt am Abend.",
        "Le film sera disponible sur toutes les plateformes de streaming dès vendredi.",
        "Het abonnement is maandelijks opzegbaar, benadrukt de vervoerder in een verklaring.",
        "A entrevista foi feita pelo moderador do debate, que não quis comentar o resultado.",
        # a story sentence naming the app stores (the prompt's words are others)
        "Wer seinen Verbrauch im Blick behalten möchte, kann die App der Stadtwerke "
        "nutzen, die im App Store und bei Google Play erhältlich ist.",
        "News > Opinion: The editor on why we changed our comment policy this week.",
        "Residents have until Friday to send their letters to the editor of the bulletin.",
        "The summit can be reached at dawn by the east trail, rangers said on Monday.",
        "Reach the summit at 2,000 metres by the north trail, rangers said.",
        # found by review: the address or number opens a sentence that goes on
        "Contact Smith at smith@example.com to take part in the survey, the council said.",
        "Call The Council at 555-0134 to register before Friday.",
        "Call Saul at 3pm, the lawyer told the court on Monday.",
        "Follow @example_news on the website for updates, the council said.",
        "This report was first published in 1998 and has since been cited by every inquiry.",
        "Did the council know? Emails sent to clerk@example.gov in March show it did.",
        "Published in 1851, the novel was a commercial failure in its author's lifetime.",
        "Download the application form from the council website before Friday, she said.",
        "His first novel is published by a small press in Leeds and sold well last year.",
        # found by review: story sentences holding the words of the new notices
        "Doctors said a chatbot was not a substitute for professional medical advice and "
        "could miss serious conditions.",
        "He said his view was not necessarily that of the party, but many members shared it.",
        "The regulator said the app was meant for informational purposes only, officials said.",
        "The new clerk can be reached at clerk@example.gov, the county said in a statement.",
        "Who approved it? Emails obtained by the paper were sent to deputy@example.gov.",
        "This report was first published in 2019, officials said.",
        "Published in Lagos, her debut sold well in 2019.",
        "Why you can trust the count",
        "Last reviewed: the county's procedures were updated in 2022 after a state audit.",
        # found by a second review
        "Supporters waved placards outside the court building. FREE THE PRESS",
        "The slogan on the banner was printed in red letters. NO PHOTOS PLEASE",
        "Medical team",
        "Your health",
        "Recibí las noticias de su muerte con enorme tristeza, dijo el alcalde.",
        "Suscribite al plan de ahorro, dijo el ministro a los jóvenes.",
        "This column reflects the opinion of many residents who spoke at the meeting.",
        "This content does not replace the official notice, which residents will get by mail.",
        "Download the new tracing app and you will be told of a case, the minister said.",
        "Reviewed on appeal in 2019.",
        "Подписывайтесь на рассылку мэрии, призвал чиновник жителей на встрече.",
        "Lors de l'audience, le juge a demandé : « Vous avez trouvé une erreur dans les "
        "comptes ? » L'expert a répondu par l'affirmative.",
        "Cette nouvelle a été produite par une coalition de partis d'opposition.",
        "Volunteers from the club support local journalism students with paid internships.",
        "The views expressed here, the judge said, were not those of the whole court.",
        "Read 3 reports before you decide, the guide tells buyers.",
        # found by review: story sentences holding the words of the p40a/p41b notices
        "The flu shots are provided free as a public service by the county health "
        "department, which expects demand to rise this winter.",
        '"We rely on advertising to help fund our reporting, and that market has '
        'collapsed," said the publisher, who has run the paper for 20 years.',
        '"While I have your attention, I want to say something about the budget," the '
        "mayor told the crowd on Tuesday night.",
        '"If you have been affected by the issues raised in this case, please come '
        'forward," the detective said.',
        "The views expressed here are shared by a majority of residents, according to a "
        "survey by the university.",
        "Show 23 comments were left under the post before it was deleted.",
        "Follow the money on X, the senator told reporters, pointing to @ExampleFund.",
        # found by the second review: quotations and story sentences holding the words
        # of the new notices
        '"Criminals now send fake delivery notices direct to your inbox, and they look '
        'exactly like the real thing," said a detective sergeant.',
        "Follow the money and you will find who is really paying for these ads, the "
        "senator wrote in a post on X @ExampleSenator.",
        'Publishers said they meet the standard. "We may earn an affiliate commission '
        'when readers buy through our links, but that never decides what we review," '
        "said the editor.",
        "Na sua defesa, a empresa alegou que não se responsabiliza pelas opiniões dos "
        "utilizadores e que removeu as publicações.",
        # found by the third review: capitals opening a story's sentence, and sentences
        # holding the words of the p43 notices
        "YOU ARE IN good company if you have never heard of the rebate, experts say.",
        "MOST READ books this year were thrillers, the library said, and loans rose by a tenth.",
        "READ MORE about the plan, the mayor told reporters, and you will see why it matters.",
        "Wer über den Fortgang der Bauarbeiten informiert bleiben will, kann den Newsletter "
        "der Stadt jetzt kostenlos abonnieren.",
        "Bürgerinnen und Bürger können jetzt mitdiskutieren: Die Stadt hat dazu eine "
        "Online-Plattform eingerichtet.",
        "La direction du journal a rappelé que les tribunes publiées reflètent l'opinion de "
        "leurs auteurs et n'engagent pas la rédaction.",
        "«Scarica la nostra app per sbloccare il conto», recitava il messaggio inviato dai "
        "truffatori.",
        "Each new entry is reviewed by an editing team of volunteers before it goes online, "
        "the foundation said.",
    ],
)
def test_story_sentence_with_the_words_of_a_notice_stays(line: str) -> None:
    art = strip_boilerplate("\n\n".join([*STORY[:2], line, *STORY[2:]]))
    assert art.removed == ()


def test_press_release_legal_box_after_the_story_goes() -> None:
    box = [
        "Forward-Looking Statements",
        "This press release contains forward-looking statements within the meaning of the "
        "Private Securities Litigation Reform Act of 1995. Actual results may differ "
        "materially from those expressed or implied, and the company undertakes no "
        "obligation to update any of them.",
    ]
    art = strip_boilerplate("\n\n".join([*STORY, *box]))
    assert art.paragraphs == tuple(STORY)


@pytest.mark.parametrize("heading", ["About Example Digital", "Acerca da Example Conservas"])
def test_about_the_company_headings_of_more_languages(heading: str) -> None:
    about = "Example is a company founded in 2008 with offices in three cities and 200 staff."
    art = strip_boilerplate("\n\n".join([*STORY, heading, about]))
    assert art.paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "crosshead", ["Over Christmas", "Sobre Ucrania", "Chi è Marco Bianchi", "About a Boy"]
)
def test_a_crosshead_that_opens_like_an_about_heading_stays(crosshead: str) -> None:
    # found by review: an interview's crosshead reads like "Sobre <name>", "Chi è <name>"
    text = "\n\n".join([*STORY[:3], crosshead, STORY[3]])
    assert strip_boilerplate(text).paragraphs == (*STORY[:3], crosshead, STORY[3])


def test_an_author_bio_after_the_story_goes_when_a_byline_named_the_author() -> None:
    bio = (
        "Jane Doe is a senior reporter covering city government and transport for the "
        "Example Ledger."
    )
    art = clean("\n\n".join(["Council expands bus network", "By Jane Doe", *STORY, bio]))
    assert art.authors == ("Jane Doe",)
    assert art.paragraphs == tuple(STORY)


@pytest.mark.parametrize("byline", ["By Jane Doe", None])
def test_a_bio_naming_any_job_goes_only_when_it_opens_with_the_byline_s_author(
    byline: str | None,
) -> None:
    # a company's blog: its writers are engineers, not reporters
    bio = "Jane Doe is a staff engineer on the platform team at Example Labs."
    head = ["Council expands bus network", *([byline] if byline else [])]
    art = clean("\n\n".join([*head, *STORY, bio]))
    if byline:
        assert art.paragraphs == tuple(STORY)
        assert [(r.text, r.reason) for r in art.removed if r.text == bio] == [
            (bio, "extract_metadata.author_bio")
        ]
    else:  # no byline to say whose bio it is, nor a newsroom job: it may be the story's
        assert art.paragraphs == (*STORY, bio)


def test_a_job_title_under_the_byline_is_no_headline() -> None:
    art = clean("\n\n".join(["By Jane Doe", "Senior Phones Editor", *STORY]))
    assert art.title != "Senior Phones Editor"
    assert set(STORY) <= set(art.paragraphs)


@pytest.mark.parametrize(
    ("credit", "agency"),
    [("Photo AFP", "AFP"), ("PHOTO REUTERS", "Reuters"), ("Foto ANSA", "ANSA")],
)
def test_a_credit_label_run_into_an_agency_without_a_colon(credit: str, agency: str) -> None:
    art = clean("\n\n".join([*STORY[:2], credit, *STORY[2:]]))
    assert art.paragraphs == tuple(STORY)
    assert [c.agency for c in art.captions] == [agency]


def test_a_sentence_opening_with_a_credit_label_word_stays() -> None:
    line = "Photo opportunities abound at the fair, organisers said on Monday."
    art = clean("\n\n".join([*STORY[:2], line, *STORY[2:]]))
    assert line in art.paragraphs


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Analysis by Chris Bamford, Political editor", "Chris Bamford"),
        ("Interview by Chris Allard", "Chris Allard"),
        ("Reviewed by Laura Finch", "Laura Finch"),
    ],
)
def test_bylines_named_by_their_kind_of_piece(byline: str, author: str) -> None:
    art = clean("\n\n".join(["UK Politics", "Why the reshuffle is a gamble", byline, *STORY]))
    assert art.authors == (author,)
    assert art.title == "Why the reshuffle is a gamble"
    assert art.paragraphs == tuple(STORY)


def test_an_interview_credit_is_the_byline() -> None:
    story = [
        "Frau Hennig, Ihr neuer Roman spielt in einer einzigen Nacht. Warum haben Sie "
        "sich für diese Form entschieden?",
        "Weil ich selbst kaum schlafe. Die Nacht ist die Zeit, die ich am besten kenne, "
        "und in der Stadt ist es dann still.",
        "Schreiben Sie auch nachts, oder nur in Gedanken?",
        "Nur nachts. Tagsüber bin ich zu nichts zu gebrauchen, sagt sie und lacht.",
    ]
    art = clean("\n\n".join([*story, "Das Gespräch führte Tobias Lenz."]))
    assert art.authors == ("Tobias Lenz",)
    assert art.paragraphs == tuple(story)


@pytest.mark.parametrize(
    "byline",
    [
        "By our reporter",
        "Door onze sportredactie",
        "Von der Lokalredaktion",
        "By Staff Reporter",  # a job beside the desk word names nobody either
        "By Sports Staff",
        "By Correspondent",  # a job and no name
        "By Special Correspondent",
        "Da redação, em Fortaleza",  # "from the newsroom", with its place after a comma
        "Dalla redazione",
        "Von der Redaktion",  # its own byline cue first
    ],
)
def test_a_byline_naming_a_desk_or_our_reporter_names_nobody(byline: str) -> None:
    art = clean("\n\n".join(["Council expands bus network", byline, *STORY]))
    assert art.authors == ()
    assert art.paragraphs == tuple(STORY)
    assert [r.reason for r in art.removed if r.text == byline] == ["strip_boilerplate.desk_byline"]


@pytest.mark.parametrize(
    "line",
    [
        "By postal vote",
        "By Sport",
        "By our own estimate, the plan works.",
        "Da Silva, em Fortaleza",
    ],
)
def test_a_byline_cue_before_other_words_stays(line: str) -> None:
    art = strip_boilerplate("\n\n".join([*STORY[:2], line, *STORY[2:]]))
    assert art.removed == ()


@pytest.mark.parametrize("line", ["— and then the rain came", "— 24 hours later", "– by the sea"])
def test_a_dash_opening_words_that_are_no_name_is_no_sign_off(line: str) -> None:
    story = [
        "The council met on Monday to vote on the new bridge over the river near the school.",
        "The vote was close and the mayor said it would be the last one before the summer.",
    ]
    art = strip_boilerplate("\n\n".join([story[0], line, story[1]]))
    assert line in art.paragraphs


@pytest.mark.parametrize("stamp", ["Published: 11/04/2024 - 15:22", "11/04/2024"])
def test_a_stamp_whose_day_and_month_could_be_either_way_round_goes(stamp: str) -> None:
    # a held-out probe's stamp: no date is read from it, but it is a time stamp
    story = [
        "The council met on Monday to vote on the new bridge over the river near the school.",
        "The vote was close and the mayor said it would be the last one before the summer.",
    ]
    art = strip_boilerplate("\n\n".join([story[0], stamp, story[1]]))
    assert [(r.text, r.kind) for r in art.removed] == [(stamp, "metadata")]


def test_dashed_list_items_and_a_quotation_s_author_are_no_sign_offs() -> None:
    # found by review: a German list of dashed items was taken line by line for sign-offs
    items = ["– Neue Turnhalle", "– Größere Mensa", "– Sanierte Grundschule"]
    story = [
        "Der Gemeinderat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen.",
        "Geplant sind unter anderem folgende Projekte:",
        *items,
        "Bürgermeister Hans Müller zeigte sich zufrieden mit dem Ergebnis der Beratungen.",
    ]
    art = strip_boilerplate("\n\n".join(story))
    assert set(items) <= set(art.paragraphs)
    quoted = [
        "The academy announced the winners on Sunday night in a ceremony that ran long.",
        "“The only thing we have to fear is fear itself.”",
        "— Franklin Delano Roosevelt",
        "The quotation was printed on the programme handed to every guest at the door.",
    ]
    art = strip_boilerplate("\n\n".join(quoted))
    assert "— Franklin Delano Roosevelt" in art.paragraphs


@pytest.mark.parametrize(
    "dates",
    [
        ["01/05/2024", "02/06/2024", "03/07/2024"],  # day and month either way round
        ["21/05/2024", "22/06/2024", "23/07/2024"],
        ["June 14, 2024", "June 28, 2024", "July 12, 2024"],
    ],
)
def test_a_list_of_dates_the_story_announces_stays(dates: list[str]) -> None:
    # found by review: each date alone is a stamp, three in a row are the story's list
    story = [
        "The council has published the new bin collection dates for the village.",
        "Residents were told the green bins would now be collected on these dates:",
        *dates,
        "The council said anyone whose bin was missed should report it online.",
    ]
    art = strip_boilerplate("\n".join(story))
    assert list(art.paragraphs) == story


def test_stamps_with_a_time_of_day_in_a_row_still_go() -> None:
    stamps = ["2019-11-19T08:57:40+01:00", "2019-11-19T07:23:12+01:00", "2019-11-19T08:57:45+01:00"]
    story = [
        "The council has published the new bin collection dates for the village.",
        *stamps,
        "The council said anyone whose bin was missed should report it online.",
    ]
    art = strip_boilerplate("\n".join(story))
    assert [r.text for r in art.removed] == stamps


def test_two_stamps_in_a_row_still_go() -> None:
    story = [
        "The council has published the new bin collection dates for the village.",
        "21/05/2024",
        "22/06/2024",
        "The council said anyone whose bin was missed should report it online.",
    ]
    art = strip_boilerplate("\n".join(story))
    assert [r.text for r in art.removed] == ["21/05/2024", "22/06/2024"]


def test_a_sentence_about_planting_trees_in_memory_stays() -> None:
    # found by review: the obituary prompt's opening words open a story sentence too
    line = (
        "To plant trees in memory of the 96 victims, volunteers gathered at the stadium on "
        "Sunday morning with spades and saplings donated by local nurseries."
    )
    story = [
        "The council met on Monday to vote on the new bridge over the river near the school.",
        line,
        "The vote was close and the mayor said it would be the last one before the summer.",
    ]
    art = strip_boilerplate("\n\n".join(story))
    assert line in art.paragraphs


LONG_CONSENT_NOTICES = [
    # written here, each over KEYWORD_MAX_WORDS (60) words: a consent wall's paragraph
    "With your agreement, we and our partners use cookies or similar technologies to store, "
    "access and process personal data such as your visit to this website, IP addresses and "
    "cookie identifiers. Some partners do not ask for your consent to process your data and "
    "rely on their legitimate business interest instead. You can withdraw your consent at any "
    "time by clicking on the settings link at the bottom of every page of this site.",
    "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies "
    "similaires pour stocker et consulter des informations personnelles comme votre visite sur "
    "ce site, vos identifiants et votre adresse IP. Vous pouvez retirer votre consentement à "
    "tout moment en cliquant sur le lien des paramètres en bas de chaque page ou dans notre "
    "politique de confidentialité, et vous opposer aux traitements fondés sur l'intérêt "
    "légitime de nos partenaires.",
]


@pytest.mark.parametrize("notice", LONG_CONSENT_NOTICES)
def test_a_consent_paragraph_longer_than_a_keyword_line_goes(notice: str) -> None:
    # a phrase of five words or more marks a line up to NOTICE_MAX_WORDS long: a
    # consent wall's paragraph runs past the 60 words a single keyword marks
    assert len(notice.split()) > 60
    text = "\n\n".join([STORY[0], notice, *STORY[1:]])
    art = clean(text)
    assert notice not in art.body
    assert [r.kind for r in art.removed if r.text == notice] == ["legal"]
    assert art.paragraphs == tuple(STORY)


def test_a_story_paragraph_over_the_notice_limit_keeps_its_consent_words() -> None:
    # past NOTICE_MAX_WORDS a line is an article pasted on one line: the phrase is quoted
    sentence = (
        "The regulator said a banner telling readers that we and our partners use cookies "
        "misled them about what they were agreeing to and how long data was kept. "
    )
    pasted = sentence * 8
    assert len(pasted.split()) > 160
    art = clean("\n\n".join([STORY[0], pasted.strip(), *STORY[1:]]))
    assert pasted.strip() in art.body


@pytest.mark.parametrize(
    "button",
    [
        "Listen to article",
        "Jetzt Artikel anhören",
        "Écouter l'article",
        "Escuchar esta noticia",
        "Ascolta questo articolo",
        "Luister naar dit artikel",
    ],
)
def test_an_audio_player_button_over_the_story_goes(button: str) -> None:
    art = clean("\n\n".join([button, *STORY]))
    assert [r.kind for r in art.removed if r.text == button] == ["navigation"]
    assert art.paragraphs == tuple(STORY)


def test_a_long_notice_opening_with_its_subject_goes_a_sentence_mentioning_it_stays() -> None:
    # a phrase of three words opening a line of 40 to 160 words marks it: a notice says
    # first what it is about; in a story's paragraph the same words come later
    notice = (
        "Diese Website nutzt Cookies und vergleichbare Technologien sowie Dienste von "
        "Drittanbietern, um Ihnen ein gutes Nutzererlebnis zu bieten, Werbung auszuspielen "
        "und deren Wirksamkeit zu messen. Dabei werden personenbezogene Daten wie die "
        "IP-Adresse verarbeitet und an Partner weitergegeben. Mit einem Klick auf "
        "Zustimmen willigen Sie ein; Ihre Auswahl können Sie jederzeit in den Einstellungen "
        "am Ende jeder Seite ändern."
    )
    story = (
        "Der Datenschutzbeauftragte des Landes kritisierte am Dienstag, dass viele Portale "
        "ihre Leser nicht ausreichend informierten. Der Hinweis, diese Website nutzt Cookies, "
        "genüge nicht, sagte er, wenn die Daten an Dutzende Partner gingen und die Leser "
        "keine echte Wahl hätten. Er kündigte Prüfungen bei zwölf Anbietern an."
    )
    assert 40 < len(notice.split()) <= 160
    assert len(story.split()) > 40
    art = clean("\n\n".join([notice, STORY[0], story, *STORY[1:]]))
    assert [r.kind for r in art.removed if r.text == notice] == ["legal"]
    assert story in art.body


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Most popular in Motoring", "related"),
        ("Pin this post for later!", "share"),
        ("Buy this book from our partner bookshop", "promo"),
        ("La suite après cette publicité", "ads"),
        ("Potrebbe interessarti anche: La guerra della cipolla", "related"),
        ("Reageer (47)", "comments"),
        ("[f] Share   [x] Post   [in] Share   [✉] Email", "share"),  # icons in brackets
        ("The Ledger is a nonprofit newsroom. We rely on readers like you.", "promo"),
        ("Republish this story", "promo"),
        ("Enjoyed this article? Get our newsletter every Friday.", "promo"),
        ("Cet article vous a intéressé ? Recevez notre lettre chaque matin.", "promo"),
        ("Do you have a favourite walk? Let us know in the comments below.", "comments"),
        ("Comparte esta noticia", "share"),
        ("Etwas gesehen? Schicken Sie uns einen Hinweis an tipps@example.de", "contact"),
        ("Did you find this article useful? Yes / No", "promo"),
        ("Abonneer nu en lees 3 maanden voor €1 per week", "promo"),
        ("Please report any comments that break our rules.", "comments"),
        ("Acquire Licensing Rights, opens new tab", "legal"),
        ("Get the latest tennis news sent straight to your phone", "promo"),
        ("Assine a newsletter do Diário e receba as principais notícias.", "promo"),
    ],
)
def test_furniture_lines_between_paragraphs_go(line: str, kind: str) -> None:
    art = clean("\n\n".join([STORY[0], STORY[1], line, *STORY[2:]]))
    assert [r.kind for r in art.removed if r.text == line] == [kind]
    assert art.paragraphs == tuple(STORY)
