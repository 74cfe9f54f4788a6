#!/usr/bin/env python3
"""Build data/kazakhstan.json, data/kazakhstan.csv, data/checklist.tsv and data/skipped.tsv.

Run from the repository root:  python3 data/build_dataset.py
The seed texts are read from ../shared/seeds (relative to the repository root); override with
--seeds DIR.  Python 3 standard library only.

Everything the dataset says is in the tables below:

  SOURCES    who speaks, is credited, or is named (with spelling variants as aliases)
  DOCUMENTS  where stances appear; `file` documents are (parts of) seed files, the others are
             virtual originals that seed documents derive from (provenance)
  CLAIMS     one figure each, on a proposition (what is measured), with qualifier/unit/scope/as_of
  STANCES    one row per passage: document, verbatim quote, claim, stance, attribution and the
             figure words inside the quote that the checklist records
  SKIPS      numbers in the seeds that are deliberately NOT figures (dates, ordinals, ...)

Offsets are never typed by hand: each quote is searched in the seed file (a space in the table
matches a space or a no-break space, an apostrophe matches ' or a typographic one; the stored
quote is always the file's exact text).  A quote that is not found, or found more than once
without an `occ` (occurrence index), or found outside its document's part of the file, stops the
build.  Every digit and every number word of the seeds must end up either in checklist.tsv
(covered by a figure) or in skipped.tsv (covered by a SKIPS rule), or the build stops.
"""

import argparse
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_SEEDS = os.path.normpath(os.path.join(REPO, "..", "shared", "seeds"))

F000 = "000_b61f4541128cabc7.txt"
F001 = "001_e64a48962d25b4f5.txt"
F002 = "002_8221160abd3b24fd.txt"
F003 = "003_4db3432b77fc76d5.txt"
F004 = "004_0e5d21c75333cd09.txt"

# --------------------------------------------------------------------------------------------
# SOURCES
# --------------------------------------------------------------------------------------------
SOURCES = [
    # voices of the seed texts
    dict(id="smk", name="Socialist Movement of Kazakhstan", kind="organisation",
         aliases=["SMK", "Socialist Movement", "Movimento Socialista del Kazakistan",
                  "Movimento socialista del Kazakistan", "socialismkz.info"]),
    dict(id="ainur-kurmanov", name="Ainur Kurmanov", kind="person",
         aliases=["Kurmanov"], attributes={"affiliation": "smk",
                                            "role": "a leader of the Socialist Movement of Kazakhstan"}),
    dict(id="michael-laxer", name="Michael Laxer", kind="person", aliases=["Laxer"]),
    dict(id="socialist-party-ireland", name="Socialist Party (Ireland)", kind="organisation",
         aliases=["Socialist Party"]),
    dict(id="il-pungolo-rosso", name="Il Pungolo Rosso", kind="outlet",
         aliases=["Pungolo Rosso", "redazione Il Pungolo Rosso"]),
    dict(id="si-cobas", name="SI Cobas", kind="organisation", aliases=["S.I. Cobas", "SI COBAS"]),
    dict(id="joseph-green", name="Joseph Green", kind="person",
         attributes={"affiliation": "Detroit Workers' Voice"}),
    dict(id="detroit-workers-voice", name="Detroit/Seattle Workers' Voice", kind="outlet",
         aliases=["Detroit Workers' Voice", "Detroit Workers’ Voice", "D/SWV"]),
    dict(id="communist-voice", name="Communist Voice Organization", kind="organisation",
         aliases=["Communist Voice", "CV", "communistvoice.org"]),
    dict(id="politnavigator", name="PolitNavigator", kind="outlet", aliases=["Politnavigator"]),
    # credited with figures
    dict(id="kz-authorities", name="Kazakh authorities (official figures)", kind="government",
         aliases=["official figures", "cifre ufficiali", "Government of Kazakhstan"]),
    dict(id="tokayev", name="Kassym-Jomart Tokayev", kind="person",
         aliases=["Tokayev", "President Tokayev", "presidente Tokayev"],
         attributes={"role": "President of Kazakhstan since 2019"}),
    dict(id="kz-rehabilitation-commission",
         name="State Commission for the Final Rehabilitation of Victims of Political Repression",
         kind="government", aliases=["State Commission", "State Rehabilitation Commission"]),
    dict(id="media-reports", name="unnamed reports", kind="unknown",
         attributes={"note": "figures the texts credit to 'reports' without naming them"}),
    # named people and organisations with spelling variants (so references resolve)
    dict(id="nazarbayev", name="Nursultan Nazarbayev", kind="person",
         aliases=["Nazarbayev", "Nazarabayev", "Elbasy", "President Nazarbayev"],
         attributes={"role": "President of Kazakhstan 1991-2019"}),
    dict(id="kazmunaigas", name="KazMunaiGas", kind="organisation",
         aliases=["KazMunayGas", "Kazmunaigaz", "KMG"]),
    dict(id="ozenmunaigas", name="OzenMunaiGas", kind="organisation",
         aliases=["OzenMunaiGasi"], attributes={"parent": "kazmunaigas"}),
    dict(id="arcelormittal", name="ArcelorMittal Temirtau", kind="organisation",
         aliases=["ArcelorMittal", "ArecelorMittal", "Arcelor Mital", "Arcelor Mittal",
                  "ArecelorMittal Temirtau"]),
    dict(id="tengizchevroil", name="Tengizchevroil", kind="organisation", aliases=["TCO"]),
    dict(id="chevron", name="Chevron", kind="organisation"),
    dict(id="exxonmobil", name="ExxonMobil", kind="organisation", aliases=["Exxon Mobil"]),
    dict(id="kazakhmys", name="Kazakhmys Corporation", kind="organisation", aliases=["Kazakhmys"]),
    dict(id="west-oil-software", name="West Oil Software LLP", kind="organisation",
         aliases=["West Oil Software"]),
    dict(id="csto", name="Collective Security Treaty Organization", kind="organisation",
         aliases=["CSTO", "Organizzazione del Trattato di Sicurezza Collettiva"]),
]

# --------------------------------------------------------------------------------------------
# DOCUMENTS
#   part=(start_marker, end_marker): the document is the part of `file` from the first
#   occurrence of start_marker (None: file start) up to end_marker (None: file end).
#   voice: the default stance source for the document's passages.
# --------------------------------------------------------------------------------------------
DOCUMENTS = [
    # --- 000: Michael Laxer's blog relays two statements of the SMK
    dict(id="smk-2023-12-statements",
         title="Statements of the Socialist Movement of Kazakhstan on the State Rehabilitation "
               "Commission and on the oil strikes in Mangistau",
         published="2023-12", authors=["smk"],
         attributes={"virtual": "yes",
                     "note": "the SMK statements relayed by 000; not in the seeds"}),
    dict(id="000-laxer", file=F000, voice="smk",
         title="Nationalize the oil industry & end the rehabilitation of Nazi collaborators: "
               "Dispatches from Kazakhstan",
         published="2023-12", language="en", authors=["michael-laxer"],
         derived_from="smk-2023-12-statements", derivation="republication",
         attributes={"date_note": "late December 2023: strike 'since December 11', "
                                  "'the January events of last year'"}),
    # --- 001: Socialist Party (Ireland)
    dict(id="001-socialist-party", file=F001, voice="socialist-party-ireland",
         title="Kazakhstan: Dictatorship uses brutal force against oil workers",
         published="2011-12", language="en", authors=["socialist-party-ireland"],
         attributes={"date_note": "late December 2011: cites a 26 December declaration, "
                                  "elections on 15 January ahead"}),
    # --- 002: SMK original -> Il Pungolo Rosso (Italian translation) -> SI Cobas (republication);
    #          SMK original -> English translation on the same SI Cobas page
    dict(id="smk-2022-01-24",
         title="About the January mass people's actions and strikes in Kazakhstan",
         published="2022-01-24", authors=["smk"], url="http://socialismkz.info/",
         attributes={"virtual": "yes",
                     "note": "the SMK original both 002 texts translate; not in the seeds"}),
    dict(id="ipr-kazakistan-sollevazione", title="Kazakistan: sulla sollevazione di gennaio",
         language="it", authors=["il-pungolo-rosso"],
         derived_from="smk-2022-01-24", derivation="translation",
         attributes={"virtual": "yes",
                     "note": "Il Pungolo Rosso's Italian translation, republished by SI Cobas "
                             "(002); publication date not given"}),
    dict(id="002-it", file=F002, part=(None, "THE WORKERS’ UPRISING IN KAZAKHSTAN"), voice="smk",
         title="[CONTRIBUTO] Kazakistan: sulla sollevazione di gennaio (ita – eng) — italiano",
         language="it", authors=["si-cobas"],
         derived_from="ipr-kazakistan-sollevazione", derivation="republication",
         attributes={"date_note": "not given; after January 2022 ('del gennaio scorso')"}),
    dict(id="002-en", file=F002, part=("THE WORKERS’ UPRISING IN KAZAKHSTAN", None), voice="smk",
         title="About the January mass people's actions and strikes in Kazakhstan "
               "(English text on the SI Cobas page)",
         published="2022-01-24", language="en", authors=["si-cobas"],
         derived_from="smk-2022-01-24", derivation="translation",
         attributes={"date_note": "the English text is dated January 24, 2022 (printed '20220')",
                     "note": "translator not named; the English intro mirrors Il Pungolo Rosso's"}),
    # --- 003: Joseph Green (2022) + reprinted Communist Voice introduction (2012)
    dict(id="003-green", file=F003,
         part=(None, "Solidarity with the oil workers of Kazakhstan! (2012)"), voice="joseph-green",
         title="Solidarity with the militant workers of Kazakhstan!",
         published="2022-01-13", language="en", authors=["joseph-green", "detroit-workers-voice"],
         attributes={"date_note": "mailing list January 13, 2022; web January 14, 2022"}),
    dict(id="cv-2012-09-solidarity",
         title="Solidarity with the oil workers of Kazakhstan! (introduction, Communist Voice, "
               "September 2012)",
         published="2012-09", language="en", authors=["communist-voice"],
         url="http://www.communistvoice.org/47cJanaozen.html",
         attributes={"virtual": "yes", "note": "the 2012 original reprinted in 003"}),
    dict(id="003-cv-reprint", file=F003,
         part=("Solidarity with the oil workers of Kazakhstan! (2012)", None),
         voice="communist-voice",
         title="Solidarity with the oil workers of Kazakhstan! (2012) — reprint",
         published="2022-01-13", language="en", authors=["joseph-green"],
         derived_from="cv-2012-09-solidarity", derivation="republication"),
    # --- 004: Ainur Kurmanov (SMK leader) on PolitNavigator
    dict(id="smk-line-kurmanov-2022-01",
         title="The Socialist Movement of Kazakhstan's account, as voiced by its leader "
               "Ainur Kurmanov (January 2022)",
         published="2022-01", authors=["smk"],
         attributes={"virtual": "yes",
                     "note": "models that Kurmanov writes as an SMK leader (seeds README): his "
                             "column relays the SMK's voice; no separate SMK text is known"}),
    dict(id="004-politnavigator", file=F004, voice="ainur-kurmanov",
         title="Workers of Kazakhstan rise up against Western corporations and demand "
               "nationalization",
         published="2022-01-20", language="en", authors=["ainur-kurmanov", "politnavigator"],
         derived_from="smk-line-kurmanov-2022-01", derivation="republication"),
]

# --------------------------------------------------------------------------------------------
# CLAIMS  (value: number, or (lo, hi) for range)
# --------------------------------------------------------------------------------------------
def C(id, proposition, value, qualifier="exact", unit="people", scope=None, as_of=None, text=None,
      **attributes):
    return dict(id=id, proposition=proposition, value=value, qualifier=qualifier, unit=unit,
                scope=scope, as_of=as_of, text=text, attributes=attributes or None)


CLAIMS = [
    # ---------------- January 2022 unrest: deaths, arrests, fighters (Issue A headline) -------
    C("kz2022-deaths-225-official", "kz-2022-unrest:deaths", 225,
      scope="Almaty and some cities in southern Kazakhstan (as the text words it)",
      as_of="2022-01-24", text="225",
      note="the official toll; SMK relays it 'according to official figures' and disputes it"),
    C("kz2022-deaths-more-than-225-smk", "kz-2022-unrest:deaths", 225, "more_than",
      scope="Kazakhstan", as_of="2022-01-24", text="much more",
      note="SMK's own figure: 'there were much more dead' than the official 225"),
    C("kz2022-deaths-at-least-164", "kz-2022-unrest:deaths", 164, "at_least",
      scope="Kazakhstan", as_of="2022-01-13", text="at least 164"),
    C("kz2022-foreign-fighters-20000-tokayev", "kz-2022-unrest:foreign-fighters", 20000,
      scope="entered Kazakhstan from outside", as_of="2022-01", text="20,000",
      note="the President's claim of armed fighters / Islamic terrorists from abroad"),
    C("kz2022-arrests-more-than-10000-official", "kz-2022-unrest:arrests", 10000, "more_than",
      scope="Kazakhstan", as_of="2022-01-24", text="more than 10 thousand"),
    C("kz2022-detained-at-least-12000", "kz-2022-unrest:arrests", 12000, "at_least",
      scope="Kazakhstan (throughout the country)", as_of="2022-01-13", text="At least 12,000",
      note="the text says 'detained'; counted on the national arrests proposition"),
    C("kz2022-arrests-almaty-more-than-4000", "kz-2022-unrest:arrests:almaty", 4000, "more_than",
      scope="Almaty", as_of="2022-01-13", text="over 4,000"),
    C("kz2022-detainees-held-more-than-600", "kz-2022-unrest:detainees-still-held", 600,
      "more_than", scope="Kazakhstan; detained after the rallies ended on January 8",
      as_of="2022-01-19", text="more than 600",
      note="activists, journalists and association members whose release was demanded"),
    C("kz2022-corpses-missing-almaty-40", "kz-2022-unrest:corpses-missing:almaty", 40,
      scope="Almaty morgues", as_of="2022-01-20", text="forty"),
    C("kz2022-csto-troops-2500", "kz-2022-unrest:csto-troops", 2500,
      scope="Kazakhstan", as_of="2022-01-13", text="2,500"),
    # ---------------- January 2022: fuel prices and demands --------------------------------
    C("kz2022-lpg-price-before-60", "kz-2022-unrest:lpg-price:before", 60, unit="tenge_per_litre",
      scope="Zhanaozen / Mangistau region", as_of="2021-12-31", text="60"),
    C("kz2022-lpg-price-after-120", "kz-2022-unrest:lpg-price:after", 120,
      unit="tenge_per_litre", scope="Zhanaozen / Mangistau region", as_of="2022-01-01",
      text="120"),
    C("kz2022-lpg-price-after-up-to-20-rub", "kz-2022-unrest:lpg-price:after:rub", 20, "up_to",
      unit="rub_per_litre", scope="Zhanaozen / Mangistau region", as_of="2022-01-01",
      text="up to 20 rubles"),
    C("kz2022-lpg-price-doubled", "kz-2022-unrest:lpg-price:increase-factor", 2, unit="ratio",
      scope="Kazakhstan", as_of="2022-01-01", text="doubling"),
    C("kz2022-lpg-price-demanded-50", "kz-2022-unrest:lpg-price:demanded", 50,
      unit="tenge_per_litre", scope="Zhanaozen and Aktau protests", as_of="2022-01-02",
      text="50 tenge"),
    C("kz2022-lpg-price-demanded-9-rub", "kz-2022-unrest:lpg-price:demanded:rub", 9,
      unit="rub_per_litre", scope="Zhanaozen and Aktau protests", as_of="2022-01-02",
      text="9 rubles"),
    C("kz2022-lpg-price-concession-50", "kz-2022-unrest:lpg-price:concession", 50,
      unit="tenge_per_litre", scope="Mangistau region and Almaty", as_of="2022-01-05",
      text="50 tenge", note="the price cut the authorities offered; the text gives no 'per litre'"),
    C("kz2022-wage-rise-demanded-100pct", "kz-2022-unrest:wage-increase-demanded", 100,
      unit="percent", scope="Zhanaozen and Aktau protests", as_of="2022-01-02",
      text="100 percent"),
    C("kz2022-protest-centres-2", "kz-2022-unrest:protest-centres:mangistau", 2, unit="centres",
      scope="Mangistau region (Zhanaozen and Aktau)", as_of="2022-01-02", text="two"),
    C("kz2022-oil-regions-on-strike-5", "kz-2022-unrest:oil-regions-on-strike", 5,
      unit="regions", scope="Western Kazakhstan", as_of="2022-01", text="five"),
    # ---------------- Tengiz / Tengizchevroil ---------------------------------------------
    C("tengiz2021-layoffs-40000", "tengiz-2021:layoffs", 40000,
      scope="Tengiz field, Atyrau region (service and construction contractors of Tengizchevroil)",
      as_of="2021-12", text="40,000"),
    C("tco-share-us-75pct", "tengizchevroil:ownership-share:us-companies", 75, unit="percent",
      scope="Tengizchevroil", as_of="2022-01", text="75%"),
    C("tco-share-chevron-50pct", "tengizchevroil:ownership-share:chevron", 50, unit="percent",
      scope="Tengizchevroil", as_of="2022-01", text="50%"),
    C("tco-share-exxonmobil-25pct", "tengizchevroil:ownership-share:exxonmobil", 25,
      unit="percent", scope="Tengizchevroil", as_of="2022-01", text="25%"),
    C("tco-share-kazmunaigas-20pct", "tengizchevroil:ownership-share:kazmunaigas", 20,
      unit="percent", scope="Tengizchevroil", as_of="2022-01", text="only 20%"),
    # ---------------- background in the SMK 2022 text -------------------------------------
    C("kz-nazarbayev-rule-30-years", "kz-nazarbayev-rule:duration", 30, unit="years",
      scope="Kazakhstan, since independence", as_of="2022-01", text="30 years"),
    C("kz-nazarbayev-rule-almost-30-years", "kz-nazarbayev-rule:duration", 30, "about",
      unit="years", scope="Kazakhstan, from independence (1991) to 2019", as_of="2019",
      text="almost 30 years"),
    C("kz1990s-poverty-millions", "kz-1990s:people-fell-into-poverty", (2000000, 9999999),
      "range", scope="Kazakhstan, mid-1990s", text="Millions"),
    C("kz-oil-foreign-share-two-thirds", "kz-oil:foreign-companies-share-of-production", 66.67,
      unit="percent", scope="western Kazakhstan oil regions", as_of="2022-01", text="two-thirds",
      note="two-thirds written as a percentage (66.67)"),
    C("zh-aktau-unemployed-per-worker-7-8", "zhanaozen-aktau:unemployed-relatives-per-oil-worker",
      (7, 8), "range", unit="people_per_worker", scope="Zhanaozen and Aktau", as_of="2022-01",
      text="7-8"),
    C("tenge-value-0.0021-eur", "tenge:value-in-euro", 0.0021, unit="eur_per_tenge",
      scope="exchange rate", as_of="2022", text="0,0021",
      note="translator's note [n.] of the Italian edition"),
    C("mangistau-prices-2-3x", "mangistau:prices-relative-to-national", (2, 3), "range",
      unit="ratio", scope="Mangistau region vs the rest of Kazakhstan", as_of="2021",
      text="two or three times"),
    C("kz-oil-optimization-workers-hundreds-of-thousands", "kz-oil-optimization:workers-lost-pay",
      (200000, 999999), "range", scope="Kazakhstan oil industry (optimization by Western managers)",
      as_of="2022-01", text="hundreds of thousands"),
    C("kz-unions-liquidated-more-than-600", "kz-trade-unions:liquidated-since-2014", 600,
      "more_than", unit="trade_unions", scope="Kazakhstan, since the 2014 law 'On Trade Unions'",
      as_of="2022-01", text="more than 600"),
    C("kz-citu-leaders-sentenced-4", "kz-citu-2017:leaders-sentenced", 4,
      scope="Confederation of Independent Trade Unions of Kazakhstan, closed 2017", as_of="2017",
      text="four"),
    # ---------------- 003: Joseph Green's background figures ------------------------------
    C("kz-population-19-million", "kz:population", 19000000, scope="Kazakhstan",
      as_of="2022-01", text="19 million"),
    C("kz-pop-share-kazakh-two-thirds", "kz:population-share:kazakh", 66.67, "about",
      unit="percent", scope="Kazakhstan", as_of="2022-01", text="about two-thirds"),
    C("kz-pop-share-islamic-three-quarters", "kz:population-share:islamic", 75, "about",
      unit="percent", scope="Kazakhstan", as_of="2022-01", text="almost three-quarters"),
    C("kz-pop-share-russian-one-fifth", "kz:population-share:russian", 20, "about",
      unit="percent", scope="Kazakhstan", as_of="2022-01", text="about one-fifth"),
    C("kz-privatization-2016-2020-60-companies", "kz-privatization-2016-2020:companies", 60,
      unit="companies", scope="Kazakhstan, 2016-20", as_of="2020", text="60"),
    # ---------------- Zhanaozen / Mangistau strike 2011 -----------------------------------
    C("zh2011-deaths-many-dozens", "zhanaozen-2011:deaths", (24, 99), "range",
      scope="Zhanaozen, 16 December 2011", as_of="2011-12-16", text="many dozens"),
    C("zh2011-deaths-17", "zhanaozen-2011:deaths", 17,
      scope="Zhanaozen (Janaozen), 16 December 2011", as_of="2011-12-16", text="17"),
    C("zh2011-wounded-many-hundreds", "zhanaozen-2011:wounded", (200, 999), "range",
      scope="Zhanaozen, 16 December 2011", as_of="2011-12-16", text="many hundreds"),
    C("zh2011-wounded-100-or-more", "zhanaozen-2011:wounded", 100, "at_least",
      scope="Zhanaozen (Janaozen), 16 December 2011", as_of="2011-12-16", text="100 or more"),
    C("zh2011-strike-duration-in-eighth-month", "zhanaozen-2011:strike-duration", (7, 8), "range",
      unit="months", scope="Mangistau oil strike since May 2011", as_of="2011-12",
      text="well into its eight months",
      note="'well into its eight(h) month': more than seven, at most eight months"),
    C("zh2011-strike-duration-7-months", "zhanaozen-2011:strike-duration", 7, unit="months",
      scope="strike against OzenMunaiGas, until 16 December 2011", as_of="2011-12-16",
      text="seven months"),
    C("zh2011-strikers-thousands", "zhanaozen-2011:strikers", (2000, 9999), "range",
      scope="Uzen oil fields, Mangistau region", as_of="2011-12", text="thousands"),
    C("zh2011-strikers-peak-16000", "zhanaozen-2011:strikers:peak", 16000,
      scope="Uzen oil fields, Mangistau region, at the height of the strike", as_of="2011",
      text="16,000"),
    C("zh2011-sacked-up-to-2000", "zhanaozen-2011:strikers-fired", 2000, "up_to",
      scope="Mangistau region oil strike", as_of="2011-12", text="up to 2,000"),
    C("zh2011-fired-about-1000", "zhanaozen-2011:strikers-fired", 1000, "about",
      scope="strike against OzenMunaiGas", as_of="2011-12-16", text="about 1,000"),
    C("zh2011-activists-killed-1", "zhanaozen-2011:strike-activists-killed", 1,
      scope="Mangistau region oil strike, before 16 December 2011", as_of="2011-12",
      text="One", note="plus 'the daughter of another trade union activist' (not a member count)"),
    C("zh2011-convicted-34", "zhanaozen-2011:convicted", 34,
      scope="trial of oil workers and supporters, 4 June 2012", as_of="2012-06-04",
      text="thirty-four"),
    C("sokolova-sentence-6-years", "sokolova-2011:prison-sentence", 6, unit="years",
      scope="Natalia Sokolova (Sokolowa), trade union lawyer", as_of="2011-12", text="six years"),
    C("flotilla2010-activists-killed-9", "gaza-flotilla-2010:activists-killed", 9,
      scope="Freedom Flotilla I, international waters", as_of="2010", text="9",
      note="from the 'Related Posts' teaser on the 001 page"),
    # ---------------- 000: SMK, December 2023 ---------------------------------------------
    C("kz-rehab2023-acquitted-311000", "kz-rehabilitation-2023:acquitted", 311000,
      scope="Kazakhstan", as_of="2023-12-27", text="311 thousand"),
    C("kz-history2023-volumes-7", "history-of-kazakhstan-2023:volumes", 7, unit="volumes",
      scope="'The History of Kazakhstan', October 2023 edition", as_of="2023-10", text="seven"),
    C("kz-history2023-soviet-genocide-70-years", "history-of-kazakhstan-2023:soviet-period-length",
      70, unit="years", scope="the USSR period as the 2023 'History of Kazakhstan' represents it",
      as_of="2023-10", text="70 years"),
    C("kz-decomm-monuments-dozens", "kz-decommunization:monuments-demolished", (24, 99), "range",
      unit="monuments", scope="Kazakhstan, since 2018 (monuments to Lenin and Soviet figures)",
      as_of="2023-12", text="dozens"),
    C("kz-decomm-names-tens-of-thousands", "kz-decommunization:names-changed", (20000, 99999),
      "range", unit="names", scope="Kazakhstan, since 2018 (squares, avenues, settlements)",
      as_of="2023-12", text="tens of thousands"),
    C("kz-shokai-streets-15", "kz-decommunization:streets-named-after-shokai", 15, unit="streets",
      scope="Kazakhstan", as_of="2023-12", text="15"),
    C("zhetybai2023-strikers-500", "zhetybai-2023-strike:strikers", 500,
      scope="Zhetybai field, Mangistau region (West Oil Software LLP)", as_of="2023-12",
      text="five hundred"),
    C("zhetybai2023-supporting-teams-hundreds", "zhetybai-2023-strike:supporting-teams",
      (200, 999), "range", unit="teams", scope="Mangistau and neighbouring oil regions",
      as_of="2023-12", text="hundreds"),
    C("zhetybai2023-activists-fired-dozens", "zhetybai-2023-strike:activists-fired", (24, 99),
      "range", scope="Zhetybai field, Mangistau region", as_of="2023-12", text="dozens"),
    C("zhetybai2023-delegates-3", "zhetybai-2023-strike:delegates-met-officials", 3,
      scope="Zhetybai strikers' delegation to Astana", as_of="2023-12", text="three"),
    C("mangistau2023-strike-hotbeds-3", "mangistau-2023-12:strike-hotbeds", 3, unit="hotbeds",
      scope="Mangistau region", as_of="2023-12", text="three",
      note="a forecast: 'three hotbeds ... will soon appear'"),
    C("kmg-optimization-enterprises-hundreds", "kmg-optimization:enterprises-outsourced",
      (200, 999), "range", unit="enterprises", scope="KazMunayGas auxiliary enterprises, Kazakhstan",
      as_of="2023-12", text="hundreds"),
    C("kmg-optimization-workers-many-tens-of-thousands", "kmg-optimization:workers-deprived",
      (20000, 99999), "range", scope="KazMunayGas optimization, Kazakhstan", as_of="2023-12",
      text="many tens of thousands"),
    C("berali2023-delegation-200", "berali-mangistau-2023:delegation-to-astana", 200,
      scope="Berali Mangistau Company workers in Astana, spring 2023", as_of="2023",
      text="two hundred"),
    C("mangistau2023-general-strike-2-days", "mangistau-2023-spring:general-strike-duration", 2,
      unit="days", scope="Aktau, Zhanaozen and the Mangistau region, spring 2023", as_of="2023",
      text="two-day"),
]

# --------------------------------------------------------------------------------------------
# STANCES: one row per passage.
#   S(document, quote, claim, figures=[...], stance="asserts", source=<document voice>,
#     attributed_to=None, occ=None, note=None)
#   figures: the figure words inside the quote that checklist.tsv records for this claim
#            ("text" or ("text", n) for the n-th occurrence inside the quote).
# --------------------------------------------------------------------------------------------
def S(document, quote, claim, figures=(), stance="asserts", source=None, attributed_to=None,
      occ=None, note=None):
    return dict(document=document, quote=quote, claim=claim, figures=list(figures),
                stance=stance, source=source, attributed_to=attributed_to, occ=occ, note=note)


STANCES = [
    # =============================== 000 (SMK via Laxer) =================================
    S("000-laxer", "The Socialist Movement of Kazakhstan condemns the final decision of the State "
      "Commission for the Final Rehabilitation of Victims of Political Repression to acquit 311 "
      "thousand people", "kz-rehab2023-acquitted-311000", ["311 thousand"],
      attributed_to="kz-rehabilitation-commission"),
    S("000-laxer", "the State Commission announced on December 27 that it had acquitted 311 "
      "thousand convicts who had not previously been subject to rehabilitation",
      "kz-rehab2023-acquitted-311000", ["311 thousand"],
      attributed_to="kz-rehabilitation-commission"),
    S("000-laxer", "a seven-volume edition of The History of Kazakhstan was published in "
      "Kazakhstan in October this year", "kz-history2023-volumes-7", ["seven"]),
    S("000-laxer", "in which the USSR is represented as a state that carried out the genocide of "
      "the Kazakh people for 70 years", "kz-history2023-soviet-genocide-70-years", ["70"],
      note="SMK's account of how the book represents the Soviet period"),
    S("000-laxer", "dozens of monuments to Lenin and Soviet figures have already been demolished "
      "and tens of thousands of names of squares, avenues and settlements have been renamed",
      "kz-decomm-monuments-dozens", ["dozens"]),
    S("000-laxer", "dozens of monuments to Lenin and Soviet figures have already been demolished "
      "and tens of thousands of names of squares, avenues and settlements have been renamed",
      "kz-decomm-names-tens-of-thousands", ["tens of thousands"]),
    S("000-laxer", "In Kazakhstan, 15 streets have already been renamed in honor of the founder "
      "of the Turkestan Legion", "kz-shokai-streets-15", ["15"]),
    S("000-laxer", "since December 11, five hundred workers of the oilfield service company West "
      "Oil Software LLP have been on strike at the Zhetybai field in the Mangystau region",
      "zhetybai2023-strikers-500", ["five hundred"]),
    S("000-laxer", "which are supported by hundreds of teams of the same service companies not "
      "only in the region, but also in neighboring oil-producing regions",
      "zhetybai2023-supporting-teams-hundreds", ["hundreds"]),
    S("000-laxer", "has carried out such an operation with hundreds of auxiliary enterprises "
      "throughout the country in recent years, immediately depriving many tens of thousands of "
      "workers of stable salaries, social benefits and even permanent jobs",
      "kmg-optimization-enterprises-hundreds", ["hundreds"]),
    S("000-laxer", "has carried out such an operation with hundreds of auxiliary enterprises "
      "throughout the country in recent years, immediately depriving many tens of thousands of "
      "workers of stable salaries, social benefits and even permanent jobs",
      "kmg-optimization-workers-many-tens-of-thousands", ["many tens of thousands"]),
    S("000-laxer", "sending an entire delegation of two hundred oil workers to Astana",
      "berali2023-delegation-200", ["two hundred"]),
    S("000-laxer", "This step by the authorities immediately provoked a two-day general strike "
      "and mass rallies in Aktau, Zhanaozen and throughout the region",
      "mangistau2023-general-strike-2-days", ["two"]),
    S("000-laxer", "As a result, dozens of activists were fired", "zhetybai2023-activists-fired-dozens",
      ["dozens"]),
    S("000-laxer", "Thus, three hotbeds of strikes and protests will soon appear in the Mangystau "
      "region.", "mangistau2023-strike-hotbeds-3", ["three"]),
    S("000-laxer", "As a result, three delegates were able to break out and hold a meeting with "
      "officials and managers of the state-owned company", "zhetybai2023-delegates-3", ["three"]),

    # =============================== 001 (Socialist Party) ===============================
    S("001-socialist-party", "their industrial battle which is now well into its eight months",
      "zh2011-strike-duration-in-eighth-month", ["eight"], occ=0,
      note="the paragraph is printed twice on the page; its repeat is listed in skipped.tsv"),
    S("001-socialist-party", "Since May 2011, thousands of oil workers (16,000 at the height of "
      "the strike) in the Uzen oil fields near the Caspian Sea have been out on strike.",
      "zh2011-strikers-thousands", ["thousands"]),
    S("001-socialist-party", "Since May 2011, thousands of oil workers (16,000 at the height of "
      "the strike) in the Uzen oil fields near the Caspian Sea have been out on strike.",
      "zh2011-strikers-peak-16000", ["16,000"]),
    S("001-socialist-party", "the release of their trade union lawyer Natalia Sokolowa who has "
      "been jailed for six years in prison", "sokolova-sentence-6-years", ["six"]),
    S("001-socialist-party", "striking workers have been harassed, arrested and up to 2,000 were "
      "sacked while on strike.", "zh2011-sacked-up-to-2000", ["2,000"]),
    S("001-socialist-party", "One worker and trade union activist was killed and so was the "
      "daughter of another trade union activist.", "zh2011-activists-killed-1", ["One"]),
    S("001-socialist-party", "Police and Army shot live ammunition at peaceful and unarmed "
      "protesters, leaving many dozens dead and many hundreds wounded.",
      "zh2011-deaths-many-dozens", ["many dozens"]),
    S("001-socialist-party", "Police and Army shot live ammunition at peaceful and unarmed "
      "protesters, leaving many dozens dead and many hundreds wounded.",
      "zh2011-wounded-many-hundreds", ["many hundreds"]),
    S("001-socialist-party", "Last year's 'Freedom Flotilla I' was brutally attacked in "
      "international waters by the Israeli Defence Forces, with 9 human rights activists killed.",
      "flotilla2010-activists-killed-9", ["9"], note="'Related Posts' teaser on the page"),

    # =============================== 002 Italian (SMK via Il Pungolo Rosso, SI Cobas) ====
    S("002-it", "E per 30 anni, la leadership degli ex dirigenti del partito e del Komsomol, "
      "guidata da Nazarbayev, ha portato avanti le più drastiche riforme di mercato",
      "kz-nazarbayev-rule-30-years", ["30"]),
    S("002-it", "Milioni di persone sono cadute sotto la soglia di povertà",
      "kz1990s-poverty-millions", ["Milioni"]),
    S("002-it", "dove dal 1993 le compagnie americane ed europee hanno effettuato trivellazioni, "
      "controllando i due terzi della produzione", "kz-oil-foreign-share-two-thirds",
      ["due terzi"]),
    S("002-it", "ci sono 7-8 parenti e figli adulti disoccupati per ogni lavoratore del petrolio",
      "zh-aktau-unemployed-per-worker-7-8", ["7-8"]),
    S("002-it", "[vale oggi 0,0021 euro- n.]", "tenge-value-0.0021-eur", ["0,0021"],
      source="il-pungolo-rosso", attributed_to="il-pungolo-rosso",
      note="translator's note of the Italian edition, not part of the SMK text"),
    S("002-it", "che deve importare tutti i prodotti e le merci con prezzi due o tre volte più "
      "alti rispetto al resto del paese", "mangistau-prices-2-3x", ["due o tre"]),
    S("002-it", "il raddoppio del prezzo del gas liquefatto il 1° gennaio è stato solo "
      "l'innesco di un'esplosione di malcontento", "kz2022-lpg-price-doubled", ["raddoppio"]),
    S("002-it", "l'ottimizzazione imposta dai manager occidentali ha portato a perdite salariali "
      "e del pacchetto sociale per centinaia di migliaia di lavoratori del petrolio.",
      "kz-oil-optimization-workers-hundreds-of-thousands", ["centinaia di migliaia"]),
    S("002-it", "nel dicembre 2021 sono stati improvvisamente licenziati, senza l'offerta di "
      "qualche alternativa occupazionale, 40.000 lavoratori delle imprese di servizi e di "
      "costruzione del campo di Tengiz, regione di Atyrau", "tengiz2021-layoffs-40000",
      ["40.000"]),
    S("002-it", "appartenente alla joint venture Tengizchevroil, per il 75% di proprietà delle "
      "americane Chevron e Exxon Mobil.", "tco-share-us-75pct", ["75%"]),
    S("002-it", "Il prezzo del carburante è salito da 60 a 120 tenge (fino a 20 rubli) al litro.",
      "kz2022-lpg-price-before-60", ["60"]),
    S("002-it", "Il prezzo del carburante è salito da 60 a 120 tenge (fino a 20 rubli) al litro.",
      "kz2022-lpg-price-after-120", ["120"]),
    S("002-it", "Il prezzo del carburante è salito da 60 a 120 tenge (fino a 20 rubli) al litro.",
      "kz2022-lpg-price-after-up-to-20-rub", ["20"]),
    S("002-it", "Si sono così formati due centri di protesta – Zhanaozen e Aktau",
      "kz2022-protest-centres-2", ["due"]),
    S("002-it", "la riduzione del prezzo del gas a 50 tenge al litro (9 rubli)",
      "kz2022-lpg-price-demanded-50", ["50"]),
    S("002-it", "la riduzione del prezzo del gas a 50 tenge al litro (9 rubli)",
      "kz2022-lpg-price-demanded-9-rub", ["9"]),
    S("002-it", "i manifestanti hanno chiesto un aumento del 100 per cento dei salari.",
      "kz2022-wage-rise-demanded-100pct", ["100 per cento"]),
    S("002-it", "Sono entrati in sciopero i lavoratori petroliferi della compagnia "
      "Tengizchevroil, per il 75% di propretà americana", "tco-share-us-75pct", ["75%"]),
    S("002-it", "Chevron con il 50%, ExxonMobil il 25%, e la compagnia kazaka KazMunayGas solo "
      "il 20%.", "tco-share-chevron-50pct", ["50%"]),
    S("002-it", "Chevron con il 50%, ExxonMobil il 25%, e la compagnia kazaka KazMunayGas solo "
      "il 20%.", "tco-share-exxonmobil-25pct", ["25%"]),
    S("002-it", "Chevron con il 50%, ExxonMobil il 25%, e la compagnia kazaka KazMunayGas solo "
      "il 20%.", "tco-share-kazmunaigas-20pct", ["20%"]),
    S("002-it", "Così, poco prima del nuovo anno, sono stati licenziati con effetto immediato 40 "
      "mila lavoratori, di fatto buttati sulla strada.", "tengiz2021-layoffs-40000",
      ["40 mila"]),
    S("002-it", "gli scioperi si sono estesi non solo a tutte le imprese di produzione di "
      "petrolio delle cinque regioni del Kazakistan occidentale",
      "kz2022-oil-regions-on-strike-5", ["cinque"]),
    S("002-it", "I tentativi di acquietarli con promesse, con la riduzione del prezzo del gas a "
      "50 tenge, solo per la regione di Mangystau e Almaty, non hanno soddisfatto nessuno.",
      "kz2022-lpg-price-concession-50", ["50"]),
    S("002-it", "Ad oggi, secondo le cifre ufficiali, sono state arrestate più di 10 mila "
      "persone, 225 sono morte ad Almaty e in alcune città del sud del Kazakistan.",
      "kz2022-arrests-more-than-10000-official", ["10 mila"], attributed_to="kz-authorities"),
    S("002-it", "Ad oggi, secondo le cifre ufficiali, sono state arrestate più di 10 mila "
      "persone, 225 sono morte ad Almaty e in alcune città del sud del Kazakistan.",
      "kz2022-deaths-225-official", ["225"], attributed_to="kz-authorities"),
    S("002-it", "Ma in realtà i morti sono stati molti di più", "kz2022-deaths-225-official",
      stance="disputes"),
    S("002-it", "Ma in realtà i morti sono stati molti di più", "kz2022-deaths-more-than-225-smk",
      ["molti di più"]),
    S("002-it", "Il presidente ha definito terroristi i manifestanti, sostenendo che dall'esterno "
      "erano giunti 20.000 combattenti armati.", "kz2022-foreign-fighters-20000-tokayev",
      ["20.000"], attributed_to="tokayev"),
    S("002-it", "Una menzogna!", "kz2022-foreign-fighters-20000-tokayev", stance="disputes"),
    S("002-it", "la dichairazione del presidente Tokayev su un presunto intervento di 20.000 "
      "terroristi islamici", "kz2022-foreign-fighters-20000-tokayev", ["20.000"],
      attributed_to="tokayev"),
    S("002-it", "E' falsa anche la dichairazione del presidente Tokayev su un presunto intervento "
      "di 20.000 terroristi islamici che avrebbero invaso il territorio del Kazakistan.",
      "kz2022-foreign-fighters-20000-tokayev", stance="disputes"),
    S("002-it", "più di 600 sindacati sono stati liquidati in Kazakistan per ordine del "
      "tribunale.", "kz-unions-liquidated-more-than-600", ["600"]),
    S("002-it", "e quattro dei loro leader sono stati condannati a varie pene detentive.",
      "kz-citu-leaders-sentenced-4", ["quattro"]),

    # =============================== 002 English (SMK, English translation) ===============
    S("002-en", "And for 30 years, the leadership of the former party and Komsomol leaders, "
      "headed by Nazarbayev, carried out the most stringent market reforms",
      "kz-nazarbayev-rule-30-years", ["30"]),
    S("002-en", "Millions of people fell below the poverty line", "kz1990s-poverty-millions",
      ["Millions"]),
    S("002-en", "where since 1993 American and European companies have dug in, controlling "
      "two-thirds of production", "kz-oil-foreign-share-two-thirds", ["two-thirds"]),
    S("002-en", "there are 7-8 more unemployed relatives and adult children per working oil "
      "worker.", "zh-aktau-unemployed-per-worker-7-8", ["7-8"]),
    S("002-en", "where all products and goods are imported and their prices are two or three "
      "times higher than in the whole country.", "mangistau-prices-2-3x", ["two or three"]),
    S("002-en", "the doubling of the price of liquefied gas on January 1 simply became the "
      "trigger for an explosion of discontent", "kz2022-lpg-price-doubled", ["doubling"]),
    S("002-en", "as a result of the optimization carried out by Western managers, hundreds of "
      "thousands of oil workers lost their salaries and social package.",
      "kz-oil-optimization-workers-hundreds-of-thousands", ["hundreds of thousands"]),
    S("002-en", "at the Tengiz field at the Tengizchevroil joint venture in the Atyrau region, "
      "where 75% of the shares are owned by the American companies Chevron and Exxon Mobil",
      "tco-share-us-75pct", ["75%"]),
    S("002-en", "40,000 workers were immediately fired from among service and construction "
      "enterprises without providing any alternative jobs.", "tengiz2021-layoffs-40000",
      ["40,000"]),
    S("002-en", "Fuel has risen in price from 60 to 120 tenge (up to 20 rubles) per liter.",
      "kz2022-lpg-price-before-60", ["60"]),
    S("002-en", "Fuel has risen in price from 60 to 120 tenge (up to 20 rubles) per liter.",
      "kz2022-lpg-price-after-120", ["120"]),
    S("002-en", "Fuel has risen in price from 60 to 120 tenge (up to 20 rubles) per liter.",
      "kz2022-lpg-price-after-up-to-20-rub", ["20"]),
    S("002-en", "As a result, two centers of protests were formed – Zhanaozen and Aktau",
      "kz2022-protest-centres-2", ["two"]),
    S("002-en", "reducing the price of gas to 50 tenge per liter (9 rubles)",
      "kz2022-lpg-price-demanded-50", ["50"]),
    S("002-en", "reducing the price of gas to 50 tenge per liter (9 rubles)",
      "kz2022-lpg-price-demanded-9-rub", ["9"]),
    S("002-en", "the protesters put forward another demand – a 100 percent increase in wages.",
      "kz2022-wage-rise-demanded-100pct", ["100 percent"]),
    S("002-en", "It was the oil workers of the Tengizchevroil company with the participation of "
      "75% of American capital that went on strike.", "tco-share-us-75pct", ["75%"]),
    S("002-en", "In particular, Chevron has 50%, ExxonMobil – 25%, and the Kazakh company "
      "KazMunayGas only 20%.", "tco-share-chevron-50pct", ["50%"]),
    S("002-en", "In particular, Chevron has 50%, ExxonMobil – 25%, and the Kazakh company "
      "KazMunayGas only 20%.", "tco-share-exxonmobil-25pct", ["25%"]),
    S("002-en", "In particular, Chevron has 50%, ExxonMobil – 25%, and the Kazakh company "
      "KazMunayGas only 20%.", "tco-share-kazmunaigas-20pct", ["20%"]),
    S("002-en", "And there, just before the new year, 40 thousand workers were laid off at once, "
      "who, in fact, were thrown out into the street.", "tengiz2021-layoffs-40000",
      ["40 thousand"]),
    S("002-en", "the strikes covered not only all the oil production enterprises of the five "
      "regions of Western Kazakhstan", "kz2022-oil-regions-on-strike-5", ["five"]),
    S("002-en", "And attempts to calm them down with promises, by reducing the price of gas to "
      "50 tenge, separately for the Mangystau region and Almaty, have not satisfied anyone.",
      "kz2022-lpg-price-concession-50", ["50"]),
    S("002-en", "To date, according to official figures, more than 10 thousand people have been "
      "arrested, 225 people have died in Almaty and some cities in southern Kazakhstan.",
      "kz2022-arrests-more-than-10000-official", ["10 thousand"], attributed_to="kz-authorities"),
    S("002-en", "To date, according to official figures, more than 10 thousand people have been "
      "arrested, 225 people have died in Almaty and some cities in southern Kazakhstan.",
      "kz2022-deaths-225-official", ["225"], attributed_to="kz-authorities"),
    S("002-en", "But in fact, there were much more dead, since there were real battles against "
      "the rebellious people.", "kz2022-deaths-225-official", stance="disputes"),
    S("002-en", "But in fact, there were much more dead, since there were real battles against "
      "the rebellious people.", "kz2022-deaths-more-than-225-smk", ["much more"]),
    S("002-en", "The President called the speakers terrorists and said that 20,000 armed "
      "fighters had entered the territory from outside.", "kz2022-foreign-fighters-20000-tokayev",
      ["20,000"], attributed_to="tokayev"),
    S("002-en", "But this is not true!", "kz2022-foreign-fighters-20000-tokayev", stance="disputes"),
    S("002-en", "20,000 Islamic terrorists that President Tokayev mentioned in his statement.",
      "kz2022-foreign-fighters-20000-tokayev", ["20,000"], attributed_to="tokayev"),
    S("002-en", "There are also no 20,000 Islamic terrorists that President Tokayev mentioned in "
      "his statement.", "kz2022-foreign-fighters-20000-tokayev", stance="disputes"),
    S("002-en", "more than 600 trade unions were liquidated in the country by court order.",
      "kz-unions-liquidated-more-than-600", ["600"]),
    S("002-en", "and four of their leaders were sentenced to various prison terms.",
      "kz-citu-leaders-sentenced-4", ["four"]),

    # =============================== 003 Joseph Green (2022) =============================
    S("003-green", "At least 164 people were killed", "kz2022-deaths-at-least-164",
      ["164"]),
    S("003-green", "over 4,000 arrested in the country's biggest city, Almaty alone",
      "kz2022-arrests-almaty-more-than-4000", ["4,000"]),
    S("003-green", "At least 12,000 people were detained throughout the country.",
      "kz2022-detained-at-least-12000", ["12,000"]),
    S("003-green", "the Putin-dominated Collective Security Treaty Organization sent in 2,500 "
      "troops to help stomp out the mass struggle.", "kz2022-csto-troops-2500", ["2,500"]),
    S("003-green", "but with only 19 million people, it is sparsely populated.",
      "kz-population-19-million", ["19 million"]),
    S("003-green", "The population is about two-thirds Kazakh and almost three-quarters Islamic, "
      "with about one-fifth being ethnically Russian.", "kz-pop-share-kazakh-two-thirds",
      ["two-thirds"]),
    S("003-green", "The population is about two-thirds Kazakh and almost three-quarters Islamic, "
      "with about one-fifth being ethnically Russian.", "kz-pop-share-islamic-three-quarters",
      ["three-quarters"]),
    S("003-green", "The population is about two-thirds Kazakh and almost three-quarters Islamic, "
      "with about one-fifth being ethnically Russian.", "kz-pop-share-russian-one-fifth",
      ["one-fifth"]),
    S("003-green", "stepped it up in 2016-20 with the privatization of 60 major state-owned "
      "companies.", "kz-privatization-2016-2020-60-companies", ["60"]),
    S("003-green", "Kazakhstan was ruled autocratically for almost 30 years by President "
      "Nursultan Nazarbayev", "kz-nazarbayev-rule-almost-30-years", ["30"]),

    # =============================== 003 Communist Voice reprint (2012) ==================
    S("003-cv-reprint", "thirty-four oil workers and supporters in Kazakhstan were convicted of "
      "rioting", "zh2011-convicted-34", ["thirty-four"]),
    S("003-cv-reprint", "Despite court rulings that the strike was illegal and the firing of "
      "about 1,000 strikers, the workers had persisted in their struggle for seven months.",
      "zh2011-fired-about-1000", ["1,000"]),
    S("003-cv-reprint", "Despite court rulings that the strike was illegal and the firing of "
      "about 1,000 strikers, the workers had persisted in their struggle for seven months.",
      "zh2011-strike-duration-7-months", ["seven"]),
    S("003-cv-reprint", "In the course of this, the police killed 17 people and wounded 100 or "
      "more.", "zh2011-deaths-17", ["17"]),
    S("003-cv-reprint", "In the course of this, the police killed 17 people and wounded 100 or "
      "more.", "zh2011-wounded-100-or-more", ["100"]),

    # =============================== 004 Kurmanov (SMK) =================================
    S("004-politnavigator", "demanding the release of more than 600 activists, journalists and "
      "representatives of various associations who were detained after the end of the rallies "
      "on January 8.", "kz2022-detainees-held-more-than-600", ["600"]),
    S("004-politnavigator", "It is still not clear the exact number of those killed and missing, "
      "so the figure of 225 people killed so far satisfies few people.",
      "kz2022-deaths-225-official", ["225"], stance="disputes"),
    S("004-politnavigator", "The public was even more alarmed by reports of the disappearance of "
      "forty corpses of terrorists in Almaty morgues", "kz2022-corpses-missing-almaty-40",
      ["forty"], attributed_to="media-reports"),
    S("004-politnavigator", "So far, not a single terrorist from among foreign citizens has been "
      "shown who, together with a detachment of 20 thousand people, crossed the border of "
      "Kazakhstan.", "kz2022-foreign-fighters-20000-tokayev", ["20 thousand"], stance="disputes"),
    S("004-politnavigator", "the last Confederation of Independent Trade Unions was destroyed in "
      "2017, with four leaders sentenced to different terms.", "kz-citu-leaders-sentenced-4",
      ["four"]),
]

# --------------------------------------------------------------------------------------------
# SKIPS: numbers in the seeds that are not figures.
#   (file, token regex (full match of the number token), context regex or None, reason)
#   The context regex must match a stretch of text that contains the token.
#   Rules are tried in order; the first that matches wins.
# --------------------------------------------------------------------------------------------
DATE = "date (day and month)"
YEAR = "year or date"
ORD = "ordinal"
PRON = "'one' as a pronoun / 'one or another', not a count"
SKIPS = [
    # ---- 000
    (F000, r"20-50|20|30", r"20-50s|20s and early 30s", "decades ('the 20-50s', 'the 20s and early 30s')"),
    (F000, r"27|11|12|19|23", r"December \d+", DATE),
    (F000, r"2018|2022|2011", None, YEAR),
    (F000, r"28", r"28 Panfilov Guards", "part of a name ('the 28 Panfilov Guards')"),
    (F000, r"12", r"12 years ago", "relative date ('as 12 years ago' = 2011), not a quantity"),
    (F000, r"first", None, ORD),
    (F000, r"one", None, PRON),
    (F000, r"couple", None, "'a couple of days ago': relative date"),
    # ---- 001
    (F001, r"eight", r"eight months", "repeat of the paragraph above (page prints it "
     "twice); the figure is recorded once, on its first occurrence"),
    (F001, r"twentieth|first", None, ORD),
    (F001, r"2011", r"May 2011", YEAR),
    (F001, r"17|16|26", r"\d+ December", DATE),
    (F001, r"15", r"15 January", DATE),
    (F001, r"1991", None, YEAR),
    (F001, r"5|6|7", r"point \d", "item numbers of a decree ('point 5'), identifiers"),
    (F001, r"one", r"one party parliament", "'a one party parliament': a kind of parliament, not a count"),
    # ---- 002
    (F002, r"1|2", r"\d\) ", "list numbering '1)', '2)'"),
    (F002, r"due|two", r"(due fatti|two facts)", "the intro's count of its own two points (list), not a figure"),
    (F002, r"90|2000", r"(anni ’90|anni 2000|mid-90s|the 90s|the 2000s)", "decade"),
    (F002, r"1993|2030|2021|2011|2014|2017|2015|2022|20220", None, YEAR),
    (F002, r"1°|1|2|3|4|5|6|8|4-5|il 4 e il 5", r"(\d+(-\d)?|\d+°) (gennaio)|January \d+(-\d)?|il \d+ e il \d+ gennaio",
     DATE),
    (F002, r"24", r"January 24", DATE),
    (F002, r"primo|prima|prime|first|First|secondo|terzo|quinto|Fifth", r"(In (primo|secondo|terzo|quinto) luogo|Fifth,)",
     "ordinal heading of the text's list of causes ('In primo luogo', 'Fifth')"),
    (F002, r"primo|prima|prime|first|First", None, ORD + " or adverb ('prima di tutto', 'first of all', 'prima del')"),
    (F002, r"secondo", r"secondo le cifre", "'secondo' = 'according to', not a number"),
    (F002, r"uno", None, "indefinite article 'uno'"),
    (F002, r"due", r"due to", "English 'due to', not a number"),
    # ---- 003
    (F003, r"13|14|2|7|4|16", r"January \d+|December 16|June 4", DATE),
    (F003, r"2022|2011|2021|2012|1991|2014|2019|2016-20|2011-12", None, YEAR + " or period"),
    (F003, r"47", r"47cJanaozen", "part of a URL"),
    (F003, r"three", r"previous three years", "comparison period ('more demonstrations than the previous three years'), not a stated quantity"),
    (F003, r"ninth|first|4", r"(ninth|first|4th)", ORD),
    (F003, r"one|One", r"(one way or another|one of the|One political party after another|One would think|one of which)", PRON),
    (F003, r"two", r"two articles translated", "editorial cross-reference to the magazine issue, not a figure about the events"),
    # ---- 004
    (F004, r"20\.01\.2022|17|38", r"20\.01\.2022 17:38", "byline date and time (page furniture)"),
    (F004, r"8571", r"Views: 8571", "view counter (page furniture)"),
    (F004, r"5|18|19|8|6|5-6", r"January \d+(-\d)?", DATE),
    (F004, r"2007|2015|2017", None, YEAR),
    (F004, r"2024|12345|6789101112|13141516171819|20212223242526|2728293031", None,
     "calendar widget (page furniture)"),
    (F004, r"first|First|third", None, ORD + " ('the first redistribution', 'On the First President', 'third-party')"),
    (F004, r"due", r"due to", "English 'due to', not a number"),
]

# Quantity-like words that are NOT number mentions under ../shared/extract-rules.md (no number
# word, or only an indefinite article), listed so a reviewer sees they were considered.
#   (file, context (unique in the file), the words inside the context, reason)
MANUAL_SKIPS = [
    (F003, "The wave of mass action lasted over a week", "a week",
     "duration with an indefinite article ('over a week'): no number word, not a mention"),
    (F000, "from the Zhetybai field for a week", "a week",
     "duration with an indefinite article: no number word, not a mention"),
    (F000, "the performance of work for a year", "a year",
     "duration with an indefinite article: no number word, not a mention"),
    (F000, "several monuments have been erected to him", "several",
     "vague quantifier without a number word"),
    (F000, "on strike for several months since February last year", "several",
     "vague quantifier without a number word"),
    (F004, "not a single international terrorist organization", "not a single",
     "negation, no number word; not a figure"),
    (F002, "non è stato trovato un solo cittadino di paesi arabi", "un solo",
     "negation, no number word; the passage is recorded as the SMK's dispute of the 20.000"),
    (F002, "To date, not a single native of Arab countries", "not a single",
     "negation, no number word; the passage is recorded as the SMK's dispute of the 20,000"),
    (F004, "So far, not a single terrorist from among foreign citizens", "not a single",
     "negation, no number word; the sentence is recorded as Kurmanov's dispute of the 20,000"),
]

# Number tokens every seed is scanned for (a number that is in neither checklist nor skipped
# stops the build).  Hyphenated forms first so "two-thirds" is one token.
NUMBER_WORDS_EN = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundreds?|thousands?|millions?|billions?|dozens?|half|couple|first|second|third|fourth|fifth|"
    "sixth|seventh|eighth|ninth|tenth|twentieth|thirds?|quarters?|doubl\\w*|tripl\\w*")
NUMBER_WORDS_IT = (
    "uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|venti|trenta|quaranta|cinquanta|cento|"
    "mille|mila|milioni|milione|miliardi|centinaia|migliaia|decine|dozzin\\w*|terzi|primo|prima|"
    "prime|primi|secondo|seconda|terzo|quarto|quinto|raddopp\\w*|doppi\\w*")
TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*(?:-\d+)?°?"
    r"|\b(?:%s|%s)(?:-(?:%s))?\b" % (NUMBER_WORDS_EN, NUMBER_WORDS_IT, NUMBER_WORDS_EN),
    re.IGNORECASE)
# multi-word figures and fixed phrases, matched before single tokens
PHRASES = [r"many tens of thousands", r"tens of thousands", r"hundreds of thousands",
           r"centinaia di migliaia", r"many dozens", r"many hundreds", r"five hundred",
           r"two hundred", r"\d+ thousand", r"\d+ mila", r"\d+ million", r"due terzi",
           r"due o tre", r"two or three", r"100 per cento", r"100 percent",
           r"il 4 e il 5", r"molti di più", r"much more"]

# --------------------------------------------------------------------------------------------
# machinery
# --------------------------------------------------------------------------------------------


class BuildError(Exception):
    pass


def die(msg):
    raise BuildError(msg)


def loose_pattern(quote):
    """Regex for a table quote: space ~ [ \\xa0\\n], apostrophe ~ ['’‘]."""
    out = []
    for ch in quote:
        if ch == " ":
            out.append(r"[ \u00a0\n]")
        elif ch in "'’‘":
            out.append("['’‘]")
        else:
            out.append(re.escape(ch))
    return re.compile("".join(out))


class Seed:
    def __init__(self, path):
        self.name = os.path.basename(path)
        with open(path, "rb") as f:
            self.raw = f.read()
        self.text = self.raw.decode("utf-8")
        # char offset -> byte offset
        self.b = [0] * (len(self.text) + 1)
        n = 0
        for i, ch in enumerate(self.text):
            self.b[i] = n
            n += len(ch.encode("utf-8"))
        self.b[len(self.text)] = n

    def byte(self, i):
        return self.b[i]


def doc_part(seed, doc):
    start_m, end_m = doc.get("part", (None, None))
    s, e = 0, len(seed.text)
    if start_m:
        s = seed.text.find(start_m)
        if s < 0:
            die("document %s: start marker not found: %r" % (doc["id"], start_m))
    if end_m:
        e = seed.text.find(end_m)
        if e < 0:
            die("document %s: end marker not found: %r" % (doc["id"], end_m))
    return s, e


def fmt_num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def csv_value(claim):
    v = claim["value"]
    if isinstance(v, (list, tuple)):
        return "%s..%s" % (fmt_num(v[0]), fmt_num(v[1]))
    return str(fmt_num(v))


def build(seeds_dir, out_dir):
    seeds = {}
    for fn in (F000, F001, F002, F003, F004):
        p = os.path.join(seeds_dir, fn)
        if not os.path.exists(p):
            die("seed file missing: %s" % p)
        seeds[fn] = Seed(p)

    src_ids = {s["id"] for s in SOURCES}
    if len(src_ids) != len(SOURCES):
        die("duplicate source id")
    docs = {d["id"]: d for d in DOCUMENTS}
    if len(docs) != len(DOCUMENTS):
        die("duplicate document id")
    claims = {c["id"]: c for c in CLAIMS}
    if len(claims) != len(CLAIMS):
        die("duplicate claim id")

    # ---- validate claims
    units = {}
    for c in CLAIMS:
        if c["qualifier"] == "range":
            if not (isinstance(c["value"], tuple) and c["value"][0] <= c["value"][1]):
                die("claim %s: range needs (lo, hi)" % c["id"])
        elif isinstance(c["value"], tuple):
            die("claim %s: tuple value needs qualifier range" % c["id"])
        u = units.setdefault(c["proposition"], c["unit"])
        if u != c["unit"]:
            die("proposition %s mixes units %s and %s" % (c["proposition"], u, c["unit"]))

    # ---- document parts (char ranges)
    parts = {}
    for d in DOCUMENTS:
        if "file" in d:
            parts[d["id"]] = doc_part(seeds[d["file"]], d)
            for a in d.get("authors", []):
                if a not in src_ids:
                    die("document %s: unknown author %s" % (d["id"], a))
        if d.get("derived_from") and d["derived_from"] not in docs:
            die("document %s: unknown derived_from %s" % (d["id"], d["derived_from"]))

    # ---- stances: locate quotes
    stances = []
    checklist = []
    for row in STANCES:
        d = docs.get(row["document"]) or die("unknown document %s" % row["document"])
        if "file" not in d:
            die("stance on virtual document %s" % d["id"])
        if row["claim"] not in claims:
            die("unknown claim %s" % row["claim"])
        seed = seeds[d["file"]]
        ps, pe = parts[d["id"]]
        hits = [m for m in loose_pattern(row["quote"]).finditer(seed.text)]
        if not hits:
            die("quote not found in %s: %r" % (d["file"], row["quote"]))
        if row["occ"] is None:
            if len(hits) > 1:
                die("quote ambiguous (%d hits) in %s, give occ: %r" % (len(hits), d["file"],
                                                                       row["quote"]))
            m = hits[0]
        else:
            if row["occ"] >= len(hits):
                die("quote occurrence %d missing: %r" % (row["occ"], row["quote"]))
            m = hits[row["occ"]]
        if not (ps <= m.start() and m.end() <= pe):
            die("quote outside document %s's part of %s: %r" % (d["id"], d["file"], row["quote"]))
        qs, qe = seed.byte(m.start()), seed.byte(m.end())
        quote = seed.raw[qs:qe].decode("utf-8")
        source = row["source"] or d["voice"]
        for ref in [source, row["attributed_to"]]:
            if ref and ref not in src_ids:
                die("unknown source %s" % ref)
        if row["stance"] not in ("asserts", "disputes"):
            die("bad stance %s" % row["stance"])
        sid = "%s@%d/%s%s" % (d["id"], qs, row["claim"],
                              "/disputes" if row["stance"] == "disputes" else "")
        st = dict(id=sid, claim=row["claim"], source=source, stance=row["stance"],
                  document=d["id"], quote=quote, quote_start=qs, quote_end=qe)
        if row["attributed_to"]:
            st["attributed_to"] = row["attributed_to"]
        attrs = {}
        fig_texts = []
        for fig in row["figures"]:
            ftext, focc = (fig, 0) if isinstance(fig, str) else fig
            fpat = re.compile(r"(?<!\w)(?:%s)(?!\w)" % loose_pattern(ftext).pattern)
            fh = [x for x in fpat.finditer(quote)]
            if len(fh) <= focc:
                die("figure %r not in quote %r" % (ftext, quote))
            if focc == 0 and len(fh) > 1 and isinstance(fig, str):
                die("figure %r ambiguous in quote %r: give (text, n)" % (ftext, quote))
            fm = fh[focc]
            fs = qs + len(quote[:fm.start()].encode("utf-8"))
            fe = qs + len(quote[:fm.end()].encode("utf-8"))
            fbytes = seed.raw[fs:fe].decode("utf-8")
            fig_texts.append(fbytes)
            checklist.append(dict(file=d["file"], byte_start=fs, byte_end=fe, figure=fbytes,
                                  claim=row["claim"]))
        if fig_texts:
            attrs["text"] = " | ".join(fig_texts)
        if row["note"]:
            attrs["note"] = row["note"]
        if attrs:
            st["attributes"] = attrs
        stances.append(st)

    ids = [s["id"] for s in stances]
    if len(ids) != len(set(ids)):
        die("duplicate stance ids: %s" % sorted({i for i in ids if ids.count(i) > 1}))
    used_claims = {s["claim"] for s in stances}
    for c in CLAIMS:
        if c["id"] not in used_claims:
            die("claim %s has no stance" % c["id"])
    spans = {}
    for r in checklist:
        k = (r["file"], r["byte_start"], r["byte_end"])
        if k in spans:
            die("figure span listed twice: %s (%s, %s)" % (k, spans[k], r["claim"]))
        spans[k] = r["claim"]

    # ---- completeness: every number token is a figure or a deliberate skip
    skipped = []
    phrase_re = re.compile("|".join("(?:%s)" % p for p in PHRASES), re.IGNORECASE)
    for fn, seed in seeds.items():
        covered = [(r["byte_start"], r["byte_end"]) for r in checklist if r["file"] == fn]
        toks = []
        taken = []
        for m in phrase_re.finditer(seed.text):
            toks.append((m.start(), m.end()))
            taken.append((m.start(), m.end()))
        for m in TOKEN_RE.finditer(seed.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            toks.append((m.start(), m.end()))
        toks.sort()
        for cs, ce in toks:
            bs, be = seed.byte(cs), seed.byte(ce)
            if any(a < be and bs < b for a, b in covered):
                continue
            tok = seed.text[cs:ce]
            reason = None
            for (sf, tre, cre, why) in SKIPS:
                if sf != fn or not re.fullmatch(tre, tok, re.IGNORECASE):
                    continue
                if cre:
                    ok = False
                    lo, hi = max(0, cs - 80), min(len(seed.text), ce + 80)
                    for cm in re.finditer(cre, seed.text[lo:hi]):
                        if lo + cm.start() <= cs and ce <= lo + cm.end():
                            ok = True
                            break
                    if not ok:
                        continue
                reason = why
                break
            if reason is None:
                ctx = seed.text[max(0, cs - 50):ce + 50].replace("\n", " ")
                die("number not covered by a figure or a skip rule: %s@%d %r in ...%s..." %
                    (fn, bs, tok, ctx))
            skipped.append(dict(file=fn, byte_start=bs, byte_end=be, figure=tok, reason=reason))
    for fn, ctx, words, why in MANUAL_SKIPS:
        seed = seeds[fn]
        n = seed.text.count(ctx)
        if n != 1:
            die("manual skip context found %d times in %s: %r" % (n, fn, ctx))
        i = seed.text.find(ctx)
        j = ctx.find(words)
        if j < 0:
            die("manual skip words %r not in context %r" % (words, ctx))
        bs, be = seed.byte(i + j), seed.byte(i + j + len(words))
        skipped.append(dict(file=fn, byte_start=bs, byte_end=be, figure=words, reason=why))

    # ---- assemble JSON
    def clean(d, keys):
        out = {}
        for k in keys:
            v = d.get(k)
            if v is None or v == [] or v == {}:
                continue
            out[k] = v
        return out

    j_sources = [clean(s, ["id", "name", "kind", "aliases", "attributes"])
                 for s in sorted(SOURCES, key=lambda s: s["id"])]
    j_docs = []
    for d in sorted(DOCUMENTS, key=lambda d: d["id"]):
        o = clean(d, ["id", "title", "url", "published", "language", "authors", "derived_from",
                      "derivation", "file"])
        attrs = dict(d.get("attributes") or {})
        if "file" in d:
            ps, pe = parts[d["id"]]
            seed = seeds[d["file"]]
            attrs["byte_range"] = "%d..%d" % (seed.byte(ps), seed.byte(pe))
        if attrs:
            o["attributes"] = attrs
        j_docs.append(o)
    j_claims = []
    for c in sorted(CLAIMS, key=lambda c: c["id"]):
        v = c["value"]
        o = dict(id=c["id"], proposition=c["proposition"],
                 value=[fmt_num(v[0]), fmt_num(v[1])] if isinstance(v, tuple) else fmt_num(v),
                 qualifier=c["qualifier"], unit=c["unit"])
        for k in ("scope", "as_of", "text"):
            if c.get(k):
                o[k] = c[k]
        if c.get("attributes"):
            o["attributes"] = c["attributes"]
        j_claims.append(o)
    stances.sort(key=lambda s: (s["document"], s["quote_start"], s["quote_end"], s["claim"],
                                s["stance"]))
    j_stances = []
    for s in stances:
        o = {k: s[k] for k in ("id", "claim", "source", "stance", "document") if k in s}
        if s.get("attributed_to"):
            o["attributed_to"] = s["attributed_to"]
        o["quote"] = s["quote"]
        o["quote_start"] = s["quote_start"]
        o["quote_end"] = s["quote_end"]
        if s.get("attributes"):
            o["attributes"] = s["attributes"]
        j_stances.append(o)
    data = {"format": "claimgraph/1", "sources": j_sources, "documents": j_docs,
            "claims": j_claims, "stances": j_stances}

    # ---- CSV
    buf = io.StringIO()
    cols = ["claim", "proposition", "value", "qualifier", "unit", "as_of", "source", "stance",
            "document", "published", "attributed_to", "derived_from", "quote", "quote_start",
            "quote_end", "scope", "text", "stance_id"]
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    seen = set()
    for s in stances:
        c = claims[s["claim"]]
        d = docs[s["document"]]
        first = c["id"] not in seen
        seen.add(c["id"])
        w.writerow([c["id"], c["proposition"], csv_value(c) if first else "", c["qualifier"],
                    c["unit"], c["as_of"] or "", s["source"], s["stance"], d["id"],
                    d.get("published", ""), s.get("attributed_to", ""), d.get("derived_from", ""),
                    s["quote"], s["quote_start"], s["quote_end"], c["scope"] or "",
                    (s.get("attributes") or {}).get("text", ""), s["id"]])

    # ---- TSVs
    def tsv(rows, cols):
        out = ["\t".join(cols)]
        for r in rows:
            vals = [str(r[c]) for c in cols]
            for v in vals:
                if "\t" in v or "\n" in v:
                    die("tab/newline in TSV value %r" % v)
            out.append("\t".join(vals))
        return "\n".join(out) + "\n"

    checklist.sort(key=lambda r: (r["file"], r["byte_start"]))
    skipped.sort(key=lambda r: (r["file"], r["byte_start"]))

    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "kazakhstan.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(out_dir, "kazakhstan.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    with open(os.path.join(out_dir, "checklist.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(tsv(checklist, ["file", "byte_start", "byte_end", "figure", "claim"]))
    with open(os.path.join(out_dir, "skipped.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(tsv(skipped, ["file", "byte_start", "byte_end", "figure", "reason"]))

    print("sources %d, documents %d, claims %d, stances %d, checklist %d, skipped %d" % (
        len(j_sources), len(j_docs), len(j_claims), len(j_stances), len(checklist), len(skipped)))
    for fn in sorted(seeds):
        print("  %s: figures %d, stances %d, skipped %d" % (
            fn, sum(1 for r in checklist if r["file"] == fn),
            sum(1 for s in stances if docs[s["document"]].get("file") == fn),
            sum(1 for r in skipped if r["file"] == fn)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default=DEFAULT_SEEDS, help="seed folder (default %(default)s)")
    ap.add_argument("--out", default=HERE, help="output folder (default: data/)")
    a = ap.parse_args()
    try:
        build(a.seeds, a.out)
    except BuildError as e:
        print("build_dataset: error: %s" % e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
