package digest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// total is an expected article total: unchecked (zero value), null, or a number.
type total struct {
	checked, null bool
	n             int
}

func is(n int) total { return total{checked: true, n: n} }
func isNull() total  { return total{checked: true, null: true} }
func (t total) String() string {
	if t.null {
		return "null"
	}
	return fmt.Sprint(t.n)
}

func (t total) matches(p *int) bool {
	if !t.checked {
		return true
	}
	if t.null {
		return p == nil
	}
	return p != nil && *p == t.n
}

func show(p *int) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}

// figureWant names the fields of one casualty entry a case checks; empty
// fields are not checked.
type figureWant struct {
	kind        Kind
	count       int
	high        int
	qual        Qualifier
	side        Side
	governorate string
	date        string
	source      string
}

func (w figureWant) matches(c Casualty) bool {
	return (w.kind == "" || c.Kind == w.kind) && c.Count == w.count &&
		(w.high == 0 || c.High != nil && *c.High == w.high) &&
		(w.qual == "" || c.Qualifier == w.qual) && (w.side == "" || c.Side == w.side) &&
		(w.governorate == "" || c.Governorate == w.governorate) &&
		(w.date == "" || c.Date.String() == w.date) &&
		(w.source == "" || strings.Contains(c.Source, w.source))
}

type extractCase struct {
	name      string
	text      string
	published string // default 2019-12-19 (a Thursday)
	killed    total
	wounded   total
	civilians total
	relevant  *bool
	figures   []figureWant // each must match some casualty entry
	cumul     []int        // cumulative counts that must be kept apart
	govs      []string     // the report's governorates, in any order
}

var (
	yes = ptr(true)
	no  = ptr(false)
)

func ptr[T any](v T) *T { return &v }

// The rules of ../shared/spec/extraction.md §1–§5, two or more cases each.
// Texts are written for these tests.
var extractCases = []extractCase{
	// §1 relevance
	{name: "relevant/town in Syria", text: "Shelling killed three civilians in Douma on Tuesday, activists said.", relevant: yes, killed: is(3)},
	{name: "relevant/Syria with the event", text: "An air strike in Syria's northwest killed five people, a monitor said.", relevant: yes, killed: is(5)},
	{name: "relevant/Turkish soldier on the Syrian side", text: "A Turkish soldier was killed by fire from the Syrian side of the border near Afrin, Ankara said.", relevant: yes, killed: is(1), figures: []figureWant{{count: 1, side: Foreign}}},
	{name: "relevant/politics without violence", text: "Syria's foreign minister met his Russian counterpart in Damascus to discuss the constitution.", relevant: yes, killed: is(0)},
	{name: "not relevant/Iraq near the border", text: "A car bomb killed 12 people in the Iraqi town of Qaim near the border with Syria, Iraqi police said.", relevant: no},
	{name: "not relevant/Lebanon", text: "Israeli strikes in southern Lebanon killed four people near Tyre, Lebanese officials said. Lebanon's army said it was investigating.", relevant: no},
	{name: "not relevant/refugees abroad", text: "Syrian refugees in Lebanon and Turkey face deportation, aid groups said. Refugees in Turkey said asylum rules were tightening.", relevant: no},
	{name: "not relevant/no Syrian place or actor", text: "An earthquake killed 12 people in the prefecture of Ishikawa on Monday, officials said.", relevant: no},
	{name: "not relevant/unplaced toll in a world story", text: "Israel also struck Syria last week, officials said. Israeli strikes killed 30 Palestinians on Monday, health officials in Gaza said, as Israel pressed its offensive.", relevant: no},
	{name: "relevant/politics naming other countries", text: "Russia and Turkey agreed on a ceasefire in Syria on Thursday.", relevant: yes, killed: is(0)},
	{name: "not relevant/sports", text: "Syria's national football team beat Jordan 2-1 in a World Cup qualifier; the striker scored twice as the league resumed. The tournament continues.", relevant: no},

	// §2 numbers: digits, words, a/an/one, Arabic-Indic digits
	{name: "digits with thousands separator", text: "The Observatory said 1,200 fighters were killed in the battle for the town of Saraqeb on Monday.", killed: is(1200)},
	{name: "number words", text: "Twenty-five civilians were killed in air strikes on Ariha on Wednesday.", killed: is(25), civilians: is(25)},
	{name: "a dozen", text: "A dozen soldiers were killed in an ambush near Palmyra on Tuesday.", killed: is(12), figures: []figureWant{{count: 12, side: Government, governorate: "Homs"}}},
	{name: "two dozen", text: "Two dozen people were killed when a car bomb exploded in Azaz on Monday.", killed: is(24)},
	{name: "a man shot dead", text: "A man was shot dead by gunmen in the city of Daraa on Sunday.", killed: is(1)},
	{name: "one child", text: "One child was killed and two others were wounded by shelling on Jisr al-Shughur.", killed: is(1), wounded: is(2)},
	{name: "arabic-indic digits", text: "The Observatory said ٣٥ people were killed in Raqqa on Monday.", killed: is(35)},
	{name: "active voice", text: "Russian air strikes killed eight people in Maaret al-Numan on Tuesday.", killed: is(8), figures: []figureWant{{count: 8, governorate: "Idlib", date: "2019-12-17"}}},
	{name: "left dead", text: "The strike on a market in Douma left 15 dead and 40 wounded.", killed: is(15), wounded: is(40)},
	{name: "lost their lives", text: "At least 50 people have lost their lives in twin bombings in Homs, state media said.", killed: is(50)},
	{name: "headline form", text: "Journalist killed in Idlib shelling", killed: is(1)},

	// §2 qualifiers
	{name: "qualifier/at least", text: "At least 26 rebels were killed near Kafranbel.", figures: []figureWant{{count: 26, qual: AtLeast, side: Opposition}}},
	{name: "qualifier/no fewer than", text: "No fewer than 9 soldiers died in the attack on the Kuweires airbase east of Aleppo.", figures: []figureWant{{count: 9, qual: AtLeast}}},
	{name: "qualifier/more than", text: "More than 40 fighters were killed in clashes around Tal Rifaat.", figures: []figureWant{{count: 40, qual: MoreThan}}},
	{name: "qualifier/over", text: "Air strikes killed over 30 people in eastern Ghouta on Sunday.", figures: []figureWant{{count: 30, qual: MoreThan}}},
	{name: "qualifier/about", text: "About 30 people were killed in the bombing of Ariha.", killed: is(30), figures: []figureWant{{count: 30, qual: Approximate}}},
	{name: "qualifier/some and nearly", text: "Some 40 soldiers were killed in Deir ez-Zor. Nearly 50 civilians were killed in Aleppo.", killed: is(90), figures: []figureWant{{count: 40, qual: Approximate}, {count: 50, qual: Approximate}}},
	{name: "qualifier/range", text: "Between 10 and 15 civilians were killed in the raid on Saqba.", killed: is(10), figures: []figureWant{{count: 10, high: 15, qual: Range}}},
	{name: "qualifier/range with to", text: "Ten to 15 fighters were killed near Manbij, activists said.", killed: is(10), figures: []figureWant{{count: 10, high: 15, qual: Range}}},
	{name: "qualifier/vague dozens", text: "Dozens were killed in the bombing of Khan Sheikhoun.", killed: isNull(), figures: []figureWant{{count: 24, qual: Vague}}},
	{name: "qualifier/vague several and scores", text: "Several people were wounded in Binnish. Scores were killed in the siege.", killed: isNull(), wounded: isNull()},
	{name: "post-qualifier at least", text: "10 people at least were killed in the desert of Suwayda.", killed: is(10), figures: []figureWant{{count: 10, qual: AtLeast, governorate: "As-Suwayda"}}},

	// §2 not casualties
	{name: "not/ages", text: "A 32-year-old engineer and his sons, aged 9 and 12, fled Idlib city. Nobody was killed.", killed: is(0)},
	{name: "not/distances and durations", text: "Government forces were seven kilometres from Maaret al-Numan, nearly nine years into the conflict.", killed: is(0)},
	{name: "not/displaced arrested missing trapped", text: "In Afrin, 300 people were displaced, 12 were arrested, 5 are missing and 4 workers were trapped under rubble.", killed: is(0), wounded: is(0)},
	{name: "not/kidnapped and detained", text: "Gunmen kidnapped 7 people near Sweida and 20 were detained in Daraa.", killed: is(0)},
	{name: "not/buildings and vehicles", text: "The strikes destroyed 15 buildings and 3 vehicles in Ariha and hit 4 villages.", killed: is(0)},
	{name: "not/dates money and years", text: "On December 18, 2019, the UN appealed for $50 million for Idlib. In 2013, the war intensified.", killed: is(0)},
	{name: "not/brigade names", text: "Brigade 93 and Division 17 were overrun near Raqqa.", killed: is(0)},

	// §3 sides
	{name: "side/civilians", text: "Barrel bombs killed 6 children and 3 women in Daraa al-Balad.", figures: []figureWant{{count: 6, side: Civilians}}},
	{name: "side/rescue workers are civilians", text: "Four White Helmets rescuers were killed in a double-tap strike on Saraqeb.", figures: []figureWant{{count: 4, side: Civilians}}, civilians: is(4)},
	{name: "side/government", text: "Twelve regime soldiers were killed in an attack on a checkpoint near Sanamayn.", figures: []figureWant{{count: 12, side: Government}}, civilians: is(0)},
	{name: "side/government allies", text: "Nine Hezbollah fighters were killed near Qusayr.", figures: []figureWant{{count: 9, side: Government}}},
	{name: "side/opposition", text: "Seven HTS militants were killed in clashes near Atarib.", figures: []figureWant{{count: 7, side: Opposition}}},
	{name: "side/turkish-backed factions", text: "Five Turkish-backed fighters were killed near Ras al-Ain on Monday.", figures: []figureWant{{count: 5, side: Opposition}}},
	{name: "side/islamic state", text: "Coalition strikes killed 17 Islamic State militants near Hajin.", figures: []figureWant{{count: 17, side: IslamicState}}},
	{name: "side/isis members", text: "Eight members of ISIS were killed in the Badia east of Palmyra.", figures: []figureWant{{count: 8, side: IslamicState}}},
	{name: "side/kurdish", text: "Three SDF fighters were killed by a roadside bomb in Hasakah.", figures: []figureWant{{count: 3, side: Kurdish}}},
	{name: "side/foreign", text: "Two Turkish soldiers were killed by shelling in Idlib province.", figures: []figureWant{{count: 2, side: Foreign}}},
	{name: "side/IS written as the group", text: "Coalition air strikes killed 8 IS group militants near Manbij.", figures: []figureWant{{count: 8, side: IslamicState}}},
	{name: "side/in the ranks of", text: "An ambush in the Homs desert left 15 casualties in the ranks of the regime forces and gunmen loyal to them.", figures: []figureWant{{count: 15, side: Government}}, civilians: is(0)},
	{name: "side/parts tell who the dead were", text: "Air strike on jihadist camp kills 18.\nA Syrian air strike on a training camp in Tibni killed 17 militants and a child, the Observatory said.", killed: is(18), civilians: is(1)},
	{name: "side/a restated toll of fighters", text: "88 dead in two days of clashes in Daraa.\nAt least 88 rebel and regime forces have been killed in two days of clashes in Daraa province.", killed: is(88), civilians: is(0)},
	{name: "side/a restatement names the civilians", text: "Russia accused Belgium of killing six civilians in the Aleppo region. Six people were killed in the village of Hassajik, the ministry said.", killed: is(6), civilians: is(6)},
	{name: "relevance/the islamic state in iraq and syria is a name", text: "At least 22 people were killed in US air strikes on the stronghold of ISIL (so-called Islamic State in Iraq and Syria) on Saturday, a monitor said.\nThe raids hit the city of Raqqa.", killed: is(22), relevant: yes},
	{name: "side/fighters of iran-backed militias", text: "The strikes near Kisweh killed three fighters of Iran-backed militias, the Observatory said.", figures: []figureWant{{count: 3, side: Government}}},
	{name: "side/unknown people", text: "Eleven people were killed when a bomb exploded in Jableh.", figures: []figureWant{{count: 11, side: Unknown}}, civilians: isNull()},
	{name: "side/mixed fighters and civilians", text: "Fourteen fighters and civilians were killed in Tal Abyad.", figures: []figureWant{{count: 14, side: Unknown}}},

	// §4 counting once
	{name: "restatement/lead and body", text: "Air strikes killed 19 civilians in Idlib on Wednesday.\nThe Observatory said 19 civilians were killed in the city of Idlib on Wednesday.", killed: is(19), civilians: is(19)},
	{name: "restatement/quote", text: "Shelling killed 7 people in Douma. \"Seven people were killed, among them children,\" a medic in Douma said.", killed: is(7)},
	{name: "subset/including children", text: "Twelve civilians, including five children, were killed in Ariha on Monday.", killed: is(12), civilians: is(12)},
	{name: "subset/among them", text: "The raid killed 15 people, among them three rescuers, in Kafr Nabl.", killed: is(15), civilians: isNull(), figures: []figureWant{{count: 15}}},
	{name: "subset/people including children", text: "Eight people, including three children, were killed in Saqba.", killed: is(8), civilians: isNull()},
	{name: "updated toll/rose to up from", text: "Shelling killed 42 people in Jisr al-Shughur on Monday. The death toll rose to 51, up from 42, the Observatory said on Tuesday.", killed: is(51)},
	{name: "updated toll/raising the toll", text: "Nine people were killed in Idlib city. Two more died of their wounds, raising the toll to 11.", killed: is(11)},
	{name: "conflict/state media and observatory", text: "State media said 5 people were killed by rebel shells in Aleppo on Monday. The Observatory said 15 people were killed in the shelling of Aleppo on Monday.", killed: is(5), figures: []figureWant{{count: 5, high: 15}}},
	{name: "conflict/sana and white helmets", text: "SANA said 3 civilians were killed in Jableh. The White Helmets said 8 civilians were killed in Jableh.", killed: is(3), figures: []figureWant{{count: 3, high: 8}}},
	{name: "conflict/two sources in one sentence", text: "At least 12 people were killed in an air strike on a market in Ariha, a war monitor said, while state media put the toll at 9.", killed: is(9), figures: []figureWant{{count: 9, high: 12}}},
	{name: "conflict/one toll told by two sources", text: "A rocket attack killed 13 people in Afrin, state media and a war monitor said. The Observatory said the toll rose to 18.", killed: is(18)},
	{name: "conflict/headline and a police source", text: "At least 14 people were killed and 25 wounded in a suicide attack on a wedding in Hasakah on Monday.\nA police source in the city said the initial toll also included 55 injured.", killed: is(14), wounded: is(25), figures: []figureWant{{kind: Wounded, count: 25, high: 55}}},
	{name: "headline's more than and the body's exact", text: "More than 50 killed in attack on villages in Hama province.\nThe attack on two villages in Hama province killed 52 people on Thursday.", killed: is(52)},
	{name: "vague covered by exact", text: "Dozens were killed in fighting near Maaret al-Numan. The Observatory said 26 fighters and 29 troops were killed.", killed: is(55), civilians: is(0)},
	{name: "vague alone is listed", text: "Dozens of civilians were killed in Saraqeb and several others were wounded.", killed: isNull(), wounded: isNull(), civilians: isNull()},
	{name: "multi-day toll holds day figures", text: "At least 135 civilians have been killed in Idlib province over the past three days, activists said. Over 40 civilians were killed on Tuesday alone.", published: "2019-12-19", killed: is(135)},
	{name: "multi-day toll since a weekday", text: "Clashes since Thursday have killed 60 fighters around Tal Tamr. On Saturday, 20 fighters were killed near Tal Tamr.", published: "2019-12-22", killed: is(60)},
	{name: "parts add up to the whole", text: "At least 85 troops were killed near Raqqa. The Observatory said more than 50 troops were summarily executed, 19 more were killed in suicide attacks and at least 16 others died in the assault.", killed: is(85)},
	{name: "cumulative/war-wide", text: "Shelling killed 4 civilians in Idlib. The war has killed more than 500,000 people since 2011.", killed: is(4), cumul: []int{500000}},
	{name: "cumulative/since a month", text: "An air strike killed 6 people in Binnish. More than 1,300 civilians have been killed in Idlib since December, the UN said.", killed: is(6), cumul: []int{1300}},
	{name: "cumulative/long span", text: "Two soldiers were killed near Dumayr on Monday, raising to 190 the number of troops killed within 27 days.", killed: is(2)},
	{name: "cumulative/during a named period", text: "As the number of casualties increases to 210 during the Putin-Erdogan agreement, shelling hit 11 villages in Idlib.", killed: is(0), cumul: []int{210}},
	{name: "background/a similar attack", text: "A car bomb killed 9 people in Azaz on Monday. In April, a similar attack killed 20 people in the town.", killed: is(9)},
	{name: "background/months ago", text: "Fighting killed 3 rebels near Latakia. Two months ago, 40 soldiers were killed there.", killed: is(3)},
	{name: "another adds other people", text: "Shelling killed 4 children at a school in Saqba on Monday, the Observatory said. It said another child was killed in the town by a second shell and that the toll may rise.", killed: is(5), civilians: is(5)},
	{name: "another three is not part of the toll before", text: "At least 6 children were killed when a shell hit a school in Hamouriyeh. Shelling in Kafr Batna killed another three people, the Observatory said, while a local media office said four were killed.", killed: is(9), figures: []figureWant{{count: 3, high: 4}}},
	{name: "a forecast is no update", text: "Eight people were killed in Saqba on Monday. Medics said the toll was likely to rise and that another man was killed in the town.", killed: is(9)},
	{name: "bodies a witness saw are inside the town's toll", text: "An air strike on the town of Kafr Nabl killed at least 30 civilians, the Observatory said. A doctor said he saw a girl, a woman and two old men dead at a clinic in the town.", killed: is(30), civilians: is(30)},
	{name: "a month named once dates only the next sentence", text: "Shelling killed 2 rebels near Tal Rifaat on Friday. The group was founded in March. It rules the town with an iron hand. In Raqqa two women were stoned to death, the Observatory said.", published: "2014-07-19", killed: is(4)},
	{name: "restatement whose place is inherited", text: "Gas attack near Damascus kills 150.\nActivists said the attack killed at least 150 people on Wednesday. A nurse in Douma said the toll from the eastern suburbs was 150.", killed: is(150)},
	{name: "a month alone is weeks back", text: "A truck bomb killed 48 people in Qamishli on Wednesday. In July a suicide bomb killed at least 16 people in Hasakeh.", published: "2016-07-27", killed: is(48)},
	{name: "a toll over governorates told twice holds their figures", text: "At least 42 people were killed in bomb blasts that hit Tartous, Homs and Hasakeh.\nThe blasts on Monday killed at least 42 people, local media said. State media said 30 people were killed in Tartous. Eight people were killed in Hasakeh.", published: "2016-09-05", killed: is(42)},
	{name: "a town abroad moves the story abroad", text: "Turkish artillery killed 8 IS militants in Dabiq on Saturday.\nThe militants have fired rockets at the Turkish town of Kilis more than 70 times this year. More than 20 people have been killed.", killed: is(8)},
	{name: "an aside between dashes", text: "In Raqqa province a woman - sentenced by an Islamic State court - was stoned to death, the Observatory said.", killed: is(1)},
	{name: "sides that add up to more than the toll of people", text: "IS killed more than 50 people in an attack on two villages in Hama province on Thursday, the Observatory said. It said the attack killed 15 civilians and 27 pro-government fighters. IS also lost 15 fighters in the attack, the monitor said.", killed: is(57)},
	{name: "fighters of both sides hold no civilians", text: "At least 70 regime and rebel fighters were killed in 24 hours around Al Maleh north of Aleppo, the Observatory said. It said two children were killed by regime bombs in Aleppo.", killed: is(72), civilians: is(2)},
	{name: "a place of its own is not a dated past event's toll", text: "Shelling killed 3 rebels in Aleppo on Monday. The city has been divided since July 2012. Five civilians were also killed by bombs on eastern Ghouta, the Observatory said.", published: "2016-07-06", killed: is(8)},
	{name: "destroyed terrorists are killed", text: "The army destroyed over 60 terrorists east of Palmyra, a military source told SANA.", killed: is(60)},
	{name: "destroyed targets are no casualties", text: "Russian jets destroyed 23 terrorist targets in Deir Ezzor province, a military source said.", killed: is(0)},
	{name: "parts of state media's terrorists may be IS", text: "Air strikes killed 77 terrorists during the past week, a military source told SANA. The source said the strikes killed 17 terrorists in Kanasba in Lattakia countryside and more than 50 terrorists in Daraa countryside. The strikes also killed 10 ISIS members in Homs countryside.", killed: is(77)},
	{name: "many is vague", text: "At least seven people were killed and many more wounded in the attack on the hospital in Maaret al-Numan.", killed: is(7), wounded: isNull()},
	{name: "injured with no count", text: "An air strike killed 12 people in Saraqeb. Rescuers carried the injured to a field clinic.", killed: is(12), wounded: isNull()},
	{name: "no one hurt is none", text: "A shell hit a school in Saraqeb, killing 2 people. No one else was hurt.", killed: is(2), wounded: is(0)},
	{name: "killed and wounded with no count of each", text: "Eight killed and wounded in air strikes on a town in the Homs countryside.", killed: isNull(), wounded: isNull()},
	{name: "two more are others than the two before", text: "IS militants shot two civilians dead in Jadid Ekeidat. Earlier the militants killed two more civilians in al-Hessan village and executed two others in the town.", killed: is(6)},
	{name: "others after the dead are the injured, told again", text: "One person killed, 16 others injured in rocket attacks on Aleppo.\nOne civilian was killed while 16 others were injured in rocket attacks on Aleppo city. The shells claimed the life of a person and injured 16 others, police said.", killed: is(1), wounded: is(16)},
	{name: "two more told twice", text: "Two more civilians killed in Saraqeb.\nTwo more civilians were killed in Saraqeb on Monday, activists said.", killed: is(2)},
	{name: "a barrel bomb's dead are not inside a week's fighting toll", text: "The heavy fighting around Rityan claimed the lives of 129 loyalists, the Observatory said. On Saturday eight people were killed when a barrel bomb hit a building in Aleppo city.", published: "2015-02-22", killed: is(137)},
	{name: "a tally goes on into the next sentence", text: "Air strikes killed 10 people in Douma on Saturday. The Observatory has documented the killing of 5812 civilians in air raids over the past year. Meanwhile rebel fire on regime-held areas killed 1102 people.", published: "2015-02-22", killed: is(10), cumul: []int{5812, 1102}},
	{name: "a bare person after a headline bar", text: "Landmine explosion | Regime soldier killed and four others injured in eastern Homs countryside", killed: is(1), wounded: is(4), figures: []figureWant{{count: 1, side: Government}}},
	{name: "a bare person after a verb that kills", text: "Pro-regime gunmen kill Syrian teen on bus from Douma", killed: is(1), civilians: is(1)},
	{name: "a person word as an adjective is no count", text: "Air strikes killed civilian workers in Saraqeb, and 3 soldiers died in Ariha.", killed: is(3)},
	{name: "the person the article names already", text: "A man was killed in Douma on Monday. The man killed in the raid was a doctor.", killed: is(1)},
	{name: "assassinate in the present", text: "Unknown gunmen assassinate two SDF soldiers in Deir Ezzor countryside", killed: is(2), figures: []figureWant{{count: 2, side: Kurdish}}},
	{name: "a toll far from its verb", text: "The death toll from air strikes on a crowded market in the town of Ariha in northwest Syria rose to 31 on Wednesday, up from 24 earlier in the day, a war monitor said.", killed: is(31)},
	{name: "in the past 48 hours is news", text: "23 regime soldiers and jihadists killed in 48 hours of clashes on Jabal al-Zawiya frontlines.\nThe Observatory has documented the death of 23 fighters in the past 48 hours in clashes on Jabal al-Zawiya frontlines.", published: "2021-06-17", killed: is(23), civilians: is(0)},
	{name: "relevance/an Iraqi town is abroad", text: "BAGHDAD (Reuters) - Militants killed four Iraqi soldiers in western Anbar province near the border with Syria on Tuesday. In a separate incident, a roadside bomb killed a shepherd near the town of Tuz Khurmatu in Salahuddin province, police said.", relevant: ptr(false), govs: []string{}},
	{name: "wounded taken abroad were wounded at home", text: "A car bomb in the Syrian town of Azaz killed at least seven civilians on Saturday. The blast also wounded more than 30 people, who were taken to hospitals across the border in Turkey.", killed: is(7), wounded: is(30)},
	{name: "conflict/a local council and the observatory", text: "A car bomb killed civilians in Azaz on Saturday. Azaz's local council said seven civilians had been killed. The Syrian Observatory for Human Rights said 11 civilians died.", killed: is(7), figures: []figureWant{{count: 7, high: 11}}},
	{name: "relevance/a refugee camp in lebanon", text: "BAR ELIAS, Lebanon - Storm Norma flooded refugee tents in the Bekaa Valley. \"We fled the bombs in Qusayr to come here,\" a mother said. A Syrian girl aged eight died on Tuesday after slipping into a flooded river near the camp of al-Minyara in the northern Akkar district.", relevant: ptr(false)},
	{name: "relevance/a football match", text: "Syria kept their World Cup hopes alive with a 3-2 win over Lebanon in an Asian qualifying match on Tuesday, thanks to an injury-time header from substitute Mahmoud al-Mawas. Fans poured into the streets of Damascus, Aleppo and Latakia. The coach praised the players.", relevant: ptr(false)},
	{name: "wounded in a turkish border town are abroad", text: "Two Turkish soldiers were killed and three wounded near Ras al-Ain in northeast Syria on Sunday. Separately, two civilians were lightly wounded in the Turkish border town of Ceylanpinar when mortar shells landed near a school.", killed: is(2), wounded: is(3)},
	{name: "background/a timeline factbox", text: "At least 27 civilians were killed in three days of bombardment of Eastern Ghouta, a monitor said on Wednesday.\nTIMELINE: Eastern Ghouta\nAugust 21, 2013: A sarin gas attack on Zamalka kills hundreds of people. The US estimated the toll at 1,429.\nAugust 2015: Air strikes on a market in Douma kill at least 96 people.", published: "2018-02-21", killed: is(27)},
	{name: "a big number of the days just named", text: "The Observatory said the toll since Sunday night included 94 people killed on Monday alone in Eastern Ghouta. Some 1,200 people have been wounded, it said.", published: "2018-02-21", wounded: is(1200)},
	{name: "a pharmacist shot dead", text: "A pharmacist was shot dead outside his shop in the town of Tafas in western Daraa on Monday evening, local activists said.", published: "2022-03-15", killed: is(1), civilians: is(1)},
	{name: "conflict/the army and the observatory under a dateline", text: "DAMASCUS, Syria (AP) — Israeli missiles struck military positions near the town of Kisweh early Wednesday, killing two soldiers and wounding five others, Syria's military said. The Syrian Observatory for Human Rights said five people were killed in the strikes.", killed: is(2), govs: []string{"Rif Dimashq"}, figures: []figureWant{{count: 2, high: 5}}},
	{name: "subset/a dash lists who the dead were", text: "Israeli strikes near Damascus killed two soldiers and wounded three others on Saturday, state media said. The Observatory said the strikes on Kisweh killed five people – two soldiers and three fighters of Iran-backed militias – and wounded seven.", killed: is(2), wounded: is(3), civilians: is(0), figures: []figureWant{{count: 2, high: 5, side: Government}, {kind: Wounded, count: 3, high: 7}}},
	{name: "subset/a colon lists who the dead were", text: "Shelling on Jisr al-Shughur killed nine people on Monday: four fighters of Hayat Tahrir al-Sham and five civilians, among them a child.", killed: is(9), civilians: is(5), figures: []figureWant{{count: 9}}},
	{name: "place/a reuters dateline with a date and its credit", text: "DAMASCUS, Jan 27 (Reuters) - Israeli missile strikes on positions near Damascus killed two Syrian soldiers early on Saturday, state media said.", killed: is(2), govs: []string{"Rif Dimashq"}, figures: []figureWant{{count: 2, source: "Syrian state media"}}},
	{name: "a person joined by and to a count", text: "Turkish drone kills two SDF fighters and civilian near Qamishli\nA drone struck a car near Amuda on Wednesday, killing two fighters of the Syrian Democratic Forces and the civilian who was driving them, the SDF said.", published: "2022-11-24", killed: is(3), figures: []figureWant{{count: 2, side: Kurdish, governorate: "Al-Hasakah"}, {count: 1, side: Civilians}}},
	{name: "place/two stories of a headline", text: "Drone kills two near Qamishli; shelling wounds four children in Shehba\nArtillery shelled the village of Sheikh Issa north of Aleppo on Thursday, wounding four children, a rights group said.", published: "2022-11-24", wounded: is(4), figures: []figureWant{{count: 2, governorate: "Al-Hasakah"}, {kind: Wounded, count: 4, governorate: "Aleppo"}}},
	{name: "background/a small count recalled is no echo", text: "An air strike killed two fighters near Ariha on Monday, a monitor said. In September, a strike on a farm near Ariha killed a shepherd and his two sons.", published: "2022-11-22", killed: is(2), figures: []figureWant{{count: 2}}},
	{name: "parts/more after a toll's breakdown add to it", text: "Islamic State militants killed five civilians in Mohassan town and Jadid Ekeidat village in Deir Ezzor province on Sunday. Residents said the militants killed three civilians in Mohassan. They shot two civilians dead in a nearby village. Earlier the militants killed two more citizens in al-Hessan, executed two others in Mohassan and assassinated lawyer Ahmad al-Khalaf.", published: "2014-08-31", killed: is(10), civilians: is(10)},
	{name: "a title and a name after a kill verb count one", text: "Gunmen assassinated lawyer Ahmad al-Khalaf in Mohassan on Sunday, residents said.", published: "2014-08-31", killed: is(1)},
	{name: "relevance/a syrian village named like a town in iraq", text: "Suicide bombers killed 15 Iraqi soldiers near Ramadi on Tuesday, security officials said, as Iraqi forces pressed an offensive to retake the city.", published: "2015-12-22", relevant: no, killed: is(0)},
	{name: "place/a namesake of a town abroad in its province", text: "Two civilians were killed in shelling on Sinjar in the southern Idlib countryside on Monday, the Observatory said.", published: "2019-05-14", relevant: yes, killed: is(2), govs: []string{"Idlib"}},
	{name: "relevance/a town abroad nearer the count than the syrian place", text: "Two soldiers were killed on the outskirts of Arsal on Thursday, the Lebanese army said. A refugee was wounded when a shell landed near a camp in Arsal which hosts Syrians who fled the neighbouring Qalamoun region.", published: "2014-08-07", relevant: no, wounded: is(0)},
	{name: "neutralised is no casualty word, even where the article explains it", text: "Two Turkish soldiers were killed in clashes with Daesh near al-Bab on Wednesday, the General Staff said. The wounded were flown across the border and treated at Kilis State Hospital. Two Free Syrian Army fighters were also killed in the clashes. Turkish jets hit Daesh targets around al-Bab while 23 Daesh terrorists were neutralized. Turkish authorities use the word neutralized to mean killed, captured or surrendered. Forty-seven Turkish soldiers have lost their lives in the operation so far.", published: "2017-01-19", killed: is(4), figures: []figureWant{{count: 2, side: Foreign}, {count: 2, side: Opposition, governorate: "Aleppo"}}},
	{name: "neutralised is no casualty word", text: "Turkish jets hit Daesh targets around al-Bab on Wednesday and 23 Daesh terrorists were neutralized, the General Staff said.", published: "2017-01-19", killed: is(0)},
	{name: "not a count/the year of a date before a headline", text: "March 24 2012 Syrian troops storm northern town activists say 20 dead. Syrian troops stormed the town of Saraqeb on Saturday killing at least 20 people, activists said.", published: "2012-03-24", killed: is(20)},
	{name: "a count after a date's year", text: "Wednesday 07 December 2016 135 Civilians Killed in Bombardment on Idlib in Three Days", published: "2016-12-07", killed: is(135), figures: []figureWant{{count: 135, qual: Exact}}},
	{name: "place/every province of a list", text: "State news agency SANA said terrorists had killed seven members of the security forces in the provinces of Hama and Deir al-Zor on Saturday.", published: "2012-03-24", killed: is(7), govs: []string{"Deir ez-Zor", "Hama"}},
	{name: "a few days since an operation was launched", text: "Turkey presses Syria offensive as toll mounts and thousands flee\nAt least 11 civilians and 41 fighters from the Kurdish-led Syrian Democratic Forces (SDF) have been killed since Turkey launched the operation on Wednesday, the Observatory said, most of them around Ras al-Ain.", published: "2019-10-11", killed: is(52), civilians: is(11), figures: []figureWant{{count: 11, side: Civilians}, {count: 41, side: Kurdish, governorate: "Al-Hasakah"}}},
	{name: "relevance/where the victims came from is not where they were hurt", text: "Five Syrian farm workers were killed when an Israeli strike hit a farm building near Kawkaba in Lebanon on Thursday, Lebanon's Health Ministry said.\nThe men were from Idlib and Hama, the mayor said. A sixth worker was wounded and taken to hospital.", published: "2024-11-14", relevant: no, wounded: is(0)},
	{name: "relevance/banned in russia is no place", text: "Government forces clashed with the Islamic State terrorist organization (banned in Russia) east of Palmyra, a military source told SANA. The military destroyed over 60 terrorists.", published: "2016-08-13", relevant: yes, killed: is(60), govs: []string{"Homs"}},
	{name: "relevance/talks abroad then the war's toll", text: "Syrian regime and rebel delegations traded barbs as talks opened in Astana on Monday. The talks come a month after the regime recaptured eastern Aleppo following a months-long siege and bombardment that killed hundreds of civilians. The UN envoy said he hoped the talks would lead to negotiations in Geneva. The war has killed more than 310000 people since March 2011.", published: "2017-01-23", relevant: yes, killed: is(0)},
	{name: "a town's updated toll and the next towns' tolls", text: "Warplanes struck the market in the town of Kafr Nabl in southern rural Idlib on Wednesday, killing 11 civilians. Rescue workers said the toll initially stood at seven but rose to 11 after more bodies were found. Meanwhile barrel bombs on Maarat al-Numan killed six civilians. In the town of Sarmin east of Idlib city a Civil Defense volunteer and a nurse were killed.", published: "2016-10-12", killed: is(19), civilians: is(19), figures: []figureWant{{count: 11}, {count: 6}, {count: 1}, {count: 1}}},
	{name: "relevance/a world cup playoff", text: "Syria were knocked out of the World Cup race on Tuesday after a 2-1 extra-time defeat to Australia in the second leg of their Asian playoff. Cahill equalised before heading the winner. Fans gathered in cafes in Damascus and Latakia and many wept at the final whistle. The war has killed more than 330000 people since 2011.", published: "2017-10-11", relevant: no},
	{name: "relevance/rockets from syria hit a turkish province", text: "Two people were killed and at least 10 others were wounded on Sunday when rockets fired from Daesh-controlled territory in northern Syria hit the southeastern Turkish border province of Kilis, the governor's office said.", published: "2016-04-24", relevant: no},
	{name: "relevance/a syrian town facing an iraqi one", text: "Iraqi Forces Kill 45 ISIL Terrorists in Anbar near Syria Border. Iraqi troops repelled an ISIL attack west of Haditha on Saturday, killing 45 terrorists, security sources said. The militants had advanced from al-Qaim, the border town facing Syria's Albu Kamal. Four members of the Popular Mobilization forces were killed in the clashes.", published: "2015-06-20", relevant: no},
	{name: "place/damascus speaking is the government", text: "Jordan's army killed five smugglers trying to cross from Syria in its eastern border region on Sunday, the army said. Damascus denies backing the smugglers.", published: "2023-08-20", figures: []figureWant{{count: 5, governorate: ""}}},
	{name: "side/popular committees fight for the government", text: "Five members of the popular committees were killed in clashes with rebels near Mhardeh on Sunday.", published: "2015-03-02", figures: []figureWant{{count: 5, side: Government}}},
	{name: "not a count/targets struck", text: "Turkish jets struck 18 Daesh targets and 11 Daesh terrorists were killed near Dabiq on Sunday, the army said.", published: "2016-04-24", killed: is(11)},
	{name: "a few days since an event on a weekday", text: "Five more Madaya residents have died of hunger since aid entered the besieged town on Monday, a doctor said.", published: "2016-01-14", killed: is(5)},
	{name: "updated toll/a toll it had given earlier", text: "A car bomb killed 48 people in Azaz on Saturday, the Observatory said, after it had earlier put the toll in Azaz at 15.", published: "2016-01-10", killed: is(48)},
	{name: "a round headline and the body's precise toll", text: "Bombardment of Eastern Ghouta kills almost 200\nAt least 194 civilians were killed in two days of bombardment of Eastern Ghouta, the Observatory said on Tuesday.", published: "2018-02-20", killed: is(194)},
	{name: "martyring two soldiers", text: "Terrorists fired shells on an army post near Mhardeh on Monday, martyring two soldiers and injuring others, SANA said.", published: "2015-03-02", killed: is(2)},
	{name: "cumulative/this month", text: "A Turkish soldier was killed in Idlib on Thursday, the ministry said. Thirteen Turkish soldiers have now been killed in Idlib this month.", published: "2020-02-27", killed: is(1)},
	{name: "as well as a count", text: "Air strikes on Saraqeb killed 20 jihadist fighters as well as 14 regime troops on Thursday, the Observatory said.", published: "2020-02-27", killed: is(34)},
	{name: "a count that shares the verb before it", text: "Local activists said 11 civilians were killed in the town of Douma and seven in Arbin.", published: "2017-11-14", killed: is(18)},
	{name: "not a count/a place named like a title", text: "A bomb hit a bus on the road between Nawa and Sheikh Saad, killing three soldiers.", published: "2017-11-14", killed: is(3)},
	{name: "date/a church named mar elias", text: "The toll from Sunday's bombing of the Mar Elias Church in Damascus has risen to 25 dead, the health ministry said on Monday.", published: "2025-06-23", killed: is(25)},
	{name: "date/feb. 6 is months back", text: "The earthquake of Feb. 6 killed more than 5,900 people in Syria.", published: "2023-08-16", killed: is(0)},
	{name: "subset/a list of places goes on", text: "Activists said 61 people were killed across Syria on Sunday, including 24 in Aleppo, 19 in Deir ez-Zor and 18 in Homs province.", published: "2012-08-13", killed: is(61)},
	{name: "parts/of them, then one more place", text: "Fifteen rebel fighters were killed, 9 of them in clashes with regime forces in Mleiha and 6 in Morek.", published: "2014-08-11", killed: is(15)},
	{name: "conflict/two sources' tolls over a few days", text: "Syrian troops killed at least 250 people during a five-day assault on Jdeidet al-Fadl, activists said. The Observatory said 101 people were killed in the town since Wednesday.", published: "2013-04-22", killed: is(101), figures: []figureWant{{count: 101, high: 250}}},
	{name: "conflict/most of them civilians is no side", text: "SANA said at least 14 people were killed in the blast in Jableh on Monday. The Observatory said at least 17 people most of them civilians were killed in the blast in Jableh on Monday.", published: "2013-04-22", killed: is(14), civilians: isNull(), figures: []figureWant{{count: 14, high: 17}}},
	{name: "not a span/a two-year-old war", text: "Activists said a gas attack near Damascus killed at least 213 people on Wednesday in what would be the worst use of poison gas in the two-year-old civil war.", published: "2013-08-21", killed: is(213)},
	{name: "background/a past month does not carry into a sentence of this week", text: "Air strikes killed at least 15 civilians in a village north of Manbij on Thursday, the Observatory said. The SDF have been fighting their way into Manbij for weeks after encircling the city in early June. An SDF commander said on Friday that 20 Islamic State fighters had been killed in clashes since Thursday evening.", published: "2016-07-29", killed: is(35)},
	{name: "a toll since clashes broke out and the capital's strikes", text: "Israel bombs Damascus as death toll from Suwayda fighting passes 240\nIn Suwayda, the Observatory said at least 248 people had been killed since the clashes broke out on Sunday. The Health Ministry said three people were killed and 34 wounded in Wednesday's strikes on the capital.", published: "2025-07-16", killed: is(251), wounded: is(34), govs: []string{"As-Suwayda", "Damascus"}},
	{name: "not a span/the worst violence since a deal", text: "Government forces pounded Daraa al-Balad with artillery on Thursday, killing eight civilians, a monitor said, in the worst violence in the province since a Russian-brokered deal three years ago.", published: "2021-07-29", killed: is(8)},
	{name: "background/the deadliest attack since is today's", text: "At least 33 Turkish soldiers were killed in an air strike in Idlib province on Thursday, the deadliest single attack on the Turkish military since it intervened in Syria in 2016.", published: "2020-02-28", killed: is(33)},
	{name: "cumulative/last month's tally early in a month", text: "Three civilians were killed on Monday evening when regime forces shelled Daraa al-Balad. The Daraa Martyrs Documentation Office said it recorded 42 assassination operations in the province in July, which killed 29 people.", published: "2021-08-03", killed: is(3)},
	{name: "conflict/a day's toll across the country and a higher toll", text: "At least 97 people were killed across Syria on Friday, the Local Coordination Committees said. The Observatory gave a higher toll of 112 dead. In the town of Saraqib in Idlib province a fighter jet fired two missiles at a bakery, killing 14 people, activists said.", published: "2013-03-16", killed: is(97), figures: []figureWant{{count: 97, high: 112}}},
	{name: "subset/of the dead, and who the rest were", text: "The health minister said 78 people had been killed in the drone attack on the Homs military academy. The Observatory put the toll at 112, saying 51 of the dead were civilians and 61 were military personnel.", published: "2023-10-06", killed: is(78), figures: []figureWant{{count: 78, high: 112}}},
	{name: "a lead's city toll holds its districts' tolls", text: "Three civilians were killed and 17 injured on Monday as terrorists positioned in Jobar fired rocket shells on Damascus, SANA said. A shell fell near al-Abbasiyeen Square, killing two citizens and injuring nine others. Another shell landed in Bab Touma, killing a child and injuring eight people.", published: "2015-03-09", killed: is(3), wounded: is(17)},
	{name: "conflict/a village's toll and the monitor's, with a clause of another province", text: "Airstrikes kill 12 in Syria's Idlib as fighting rages in Hama\nSyrian and Russian airstrikes on a village in the rebel-held northwest killed 12 civilians on Thursday, opposition activists said, as insurgents and government troops battled in neighboring Hama province. The strikes hit a bakery in the village of Mhambel in Idlib province. The Observatory, which tracks the war through activists on the ground, put the death toll at 14.", published: "2019-05-30", killed: is(12), figures: []figureWant{{count: 12, high: 14, governorate: "Idlib"}}},
	{name: "a day's toll across syrian territory and its list", text: "SOHR has documented the deaths of nine people across Syrian territory on Thursday, as follows:\n- Two civilians were shot dead by gunmen on the outskirts of Tafas.\n- Three members of regime forces were killed in an attack near Al-Sukhnah.\n- A member of the SDF was shot dead in Raqqa city.", published: "2021-03-18", killed: is(9)},
	{name: "a list of sides with no commas, then their towns", text: "Violence across the country killed at least 63 people on Tuesday. The Observatory said 38 civilians 19 soldiers and six rebels were killed nationwide. In Barzeh troops killed 14 civilians. In Homs province nine civilians were killed in Rastan.", published: "2012-07-24", killed: is(63), civilians: is(38)},
	{name: "subset/children among the dead", text: "The Observatory put the death toll from the gas attack in Khan Sheikhun at 58, saying there were 11 children among the dead.", published: "2017-04-04", killed: is(58)},
	{name: "conflict/a higher toll of civilians is no addition", text: "UN monitors count 90 dead in Houla massacre\nUN observers counted more than 90 bodies after a night of shelling in the Houla region of Homs province, the head of the mission said. The Syrian Observatory for Human Rights put the toll higher, saying at least 106 civilians died in Houla.", published: "2012-05-27", killed: is(90), figures: []figureWant{{count: 90, high: 106}}},
	{name: "a toll it had given the day before is replaced", text: "More than 500 people have been killed in Syria's coastal region since Thursday, a war monitor said on Saturday. The Observatory said 311 of the dead were civilians, killed in villages in Latakia and Tartus provinces. It said 94 members of the security forces and 112 pro-Assad gunmen had also died. On Friday evening the monitor had put the overall toll at 237.", published: "2025-03-08", figures: []figureWant{{count: 500}}},
	{name: "side/its soldiers are the country's", text: "Turkey strikes back after 33 soldiers killed in Syria's Idlib\nTurkey hit back at Syrian government targets on Friday after at least 33 of its soldiers were killed in an air strike in Idlib province. The Observatory said 16 government troops had been killed overnight in Turkish strikes in southern Idlib.", published: "2020-02-28", killed: is(49), figures: []figureWant{{count: 33, side: Foreign}, {count: 16, side: Government}}},
	{name: "side/strikes by a foreign country kill the government's soldiers", text: "Israeli strikes kill two soldiers near Damascus, state media said.", published: "2024-01-27", figures: []figureWant{{count: 2, side: Government}}},
	{name: "conflict/the army's toll and the monitor's since saturday", text: "January 15 2017 1912 UTC+3 DAMASCUS January 15. /TASS/. Twelve Syrian servicemen were killed as government troops repelled an Islamic State attack on the Deir ez-Zor airbase, a military source told TASS on Sunday. The Observatory reported that at least 20 government troops had been killed in the fighting since Saturday.", published: "2017-01-15", killed: is(12), govs: []string{"Deir ez-Zor"}, figures: []figureWant{{count: 12, high: 20}}},
	{name: "side/the name in brackets says whose", text: "Turkish drone kills two Asayish members near Qamishli\nTwo members of the Internal Security Forces (Asayish) were killed on Sunday when a Turkish drone targeted their vehicle near Qamishli.", published: "2022-08-21", killed: is(2), figures: []figureWant{{count: 2, side: Kurdish}}},
	{name: "place/a place the war made known beats a village of its name", text: "Five more Madaya residents have died of hunger since aid entered the town on Monday, a doctor said. Convoys also reached Fuaa and Kefraya in Idlib province.", published: "2016-01-14", killed: is(5), govs: []string{"Rif Dimashq"}},
	{name: "a person of an age", text: "A 17-year-old boy was shot dead by a sniper in Madaya on Wednesday, activists said.", published: "2016-01-14", killed: is(1)},
	{name: "relevance/rockets in a residential area of a turkish city", text: "Turkish army kills 21 Daesh terrorists near Dabiq in northern Syria on Sunday, the army said. Two rockets landed in a residential area of Kilis city on Sunday morning, killing a 9-year-old Syrian girl and a 52-year-old Turkish man and wounding eight other people.", published: "2016-04-24", killed: is(21), wounded: is(0)},
	{name: "subset/killed where a town's toll was given", text: "Eighteen civilians were killed on Tuesday as warplanes pounded Eastern Ghouta. Local activists said that 11 civilians were killed in the town of Douma and seven in Arbin where a volunteer of the Syrian Civil Defence was killed.", published: "2017-11-15", killed: is(18)},
	{name: "background/hours after is news too", text: "Regime air strikes on a market in Douma killed at least 78 civilians on Sunday, a monitor said. The strikes came hours after rebels fired rockets at the Abbasiyin neighbourhood of Damascus, killing three civilians, according to SANA.", published: "2015-08-16", killed: is(81)},
	{name: "an officer who died days ago and the day's dead", text: "Syrian troops pushed into Palmyra, a military source told TASS on Saturday. The source said the losses of the Syrian army over the day amounted to three servicemen killed and nine wounded. The Russian Defence Ministry confirmed on Saturday that an officer of the Russian special forces who had been guiding air strikes died near Palmyra on Thursday.", published: "2016-03-26", killed: is(4)},
	{name: "a woman and her two children are three", text: "A mortar shell struck a house in the al-Arbaeen neighborhood of Daraa al-Balad on Tuesday, killing a woman and her two children, according to Daraa 24.", published: "2021-08-11", killed: is(3)},
	{name: "relevance/a story filed from amman recalls sweida", text: "AMMAN, Jordan (AP) — Jordan's army said Sunday it had killed five people trying to smuggle drugs into the kingdom from Syria, and that a soldier was wounded in the exchange of fire. In May, an airstrike in southern Syria's Sweida province, widely attributed to Jordan, killed a drug trafficker along with his wife and six children.", published: "2023-08-20", relevant: no},
	{name: "cumulative/a year's attacks and the toll they took", text: "Three SDF members were killed on Saturday when a Turkish drone hit their vehicle near Qamishli. Hours later a second drone hit a motorcycle near Amuda, killing a man and his 12-year-old son. Since the beginning of the year, North Press has documented 54 Turkish drone attacks on areas of the Autonomous Administration, which killed 68 people.", published: "2023-08-19", killed: is(5)},
	{name: "an age aside, a clause of herding, and a mass grave", text: "A car bomb exploded near a market in Manbij on Monday, killing four civilians, the Syrian Civil Defence said. Separately, two brothers, aged nine and 12, were killed on Sunday when a cluster bomblet they found while herding sheep exploded east of Maarat al-Numan in Idlib province. In Qutayfah, teams opened a mass grave on Monday containing the remains of at least 30 people believed to have died in detention.", published: "2025-05-13", killed: is(6), govs: []string{"Aleppo", "Idlib"}},
	{name: "not a count/a time zone", text: "March 5 2016 1514 UTC+3 Five civilians killed in rebel shelling of Aleppo, the Russian Center said.", published: "2016-03-05", killed: is(5)},
	{name: "updated toll/raised by another source", text: "Air strikes on a market in Ariha killed 16 civilians on Monday, the Observatory said. The Civil Defense later said the death toll had risen to 19.", published: "2019-06-10", killed: is(19)},
	{name: "conflict/another source puts the toll", text: "Air strikes on Douma killed at least 38 civilians on Sunday, the Local Coordination Committees said. The Unified Medical Office in Douma put the death toll at 42.", published: "2015-08-16", killed: is(38), figures: []figureWant{{count: 38, high: 42}}},
	{name: "time/since the fighting began sunday, no 'on'", text: "Clashes between tribal fighters and local militias in Sweida have killed at least 64 people since the fighting began Sunday, the Observatory said on Tuesday.", published: "2025-07-15", killed: is(64)},
	{name: "time/since the assault started friday", text: "The monitor said 27 soldiers had been killed near Tadmur since the assault started Friday.", published: "2016-12-11", killed: is(27)},
	{name: "conflict/a far higher figure for the same side", text: "The Observatory said 22 soldiers and 35 rebels had been killed in the fighting near Morek since Tuesday. The defence ministry gave a far higher figure for rebel losses, saying more than 150 terrorists had been killed.", published: "2017-09-21", killed: is(57), figures: []figureWant{{count: 22}, {count: 35, high: 150}}},
	{name: "conflict/a higher tally from the army", text: "Twelve rebels were killed in clashes near Busra al-Harir on Monday, the Observatory said. The army gave a higher tally of 30 gunmen killed.", published: "2016-05-10", killed: is(12), figures: []figureWant{{count: 12, high: 30}}},
	{name: "conflict/another source's civilian toll of strikes over two provinces", text: "At least 18 civilians were killed in air strikes on Idlib and northern Hama over the past 24 hours, the White Helmets said on Thursday. The Observatory put the civilian toll from the same strikes at 23.", published: "2017-09-21", killed: is(18), civilians: is(18), figures: []figureWant{{count: 18, high: 23}}},
	{name: "conflict/the civilian toll another monitor gives over two towns", text: "Shelling of Douma and Harasta killed 11 civilians on Sunday, activists said. The Observatory put the civilian death toll at 14.", published: "2017-11-19", killed: is(11), civilians: is(11), figures: []figureWant{{count: 11, high: 14}}},
	{name: "time/a past year's attacks are no news", text: "Gunmen killed two farmers near Hajin on Monday. The security body documented 131 attacks in 2021, in which 80 people were killed.", published: "2022-01-12", killed: is(2)},
	{name: "time/during a past year", text: "A roadside bomb killed four soldiers near Palmyra on Tuesday. During 2019, 212 soldiers were killed in the desert, the monitor said.", published: "2020-03-11", killed: is(4)},
	{name: "time/the deadliest since a year still counts the day", text: "Shelling killed 31 civilians in Douma, the deadliest day in the town since a chemical attack in 2013 that killed hundreds.", published: "2018-02-21", killed: is(31)},
	{name: "time/since the start of the attack", text: "According to the statement, 58 militants have been killed since the start of the attack on the prison in Hasakah on Thursday.", published: "2022-01-22", killed: is(58)},
	{name: "time/since the attack began", text: "Forty insurgents have been killed in Ghwayran since the attack began, the SDF said.", published: "2022-01-22", killed: is(40)},
	{name: "count/a long noun with its own aside before the verb", text: "The SDF said 17 of its fighters and members of the Internal Security Forces (Asayish) have been martyred while repelling the attack in Hasakah.", published: "2022-01-22", killed: is(17)},
	{name: "updated toll/a toll reported earlier today", text: "The Observatory documented the death of eleven people today in clashes near Dhiban, after it had reported seven fatalities earlier today.", published: "2023-09-07", killed: is(11)},
	{name: "updated toll/news of earlier this week is no older toll", text: "A car bomb killed four people in Qardaha on Sunday. The Observatory reported that troops had executed 30 people earlier this week in a northern village.", published: "2015-02-23", killed: is(34)},
	{name: "abroad/the qandil mountains", text: "Turkish drones killed two civilians near Qamishli on Tuesday. On Monday, the Turkish defence ministry said its drones had killed three PKK fighters in the Qandil mountains.", published: "2024-08-13", killed: is(2)},
	{name: "abroad/zakho", text: "Shelling hit a village near Zakho, killing four people, while in Syria a drone killed one SDF fighter in Amuda.", published: "2022-07-20", killed: is(1)},
	{name: "breakdown/a dash typed as a hyphen", text: "State media said three civilians were killed - one in the Old City and two in the suburb of Jaramana - and 22 others were wounded.", published: "2018-02-21", killed: is(3), wounded: is(22)},
	{name: "breakdown/a hyphen dash with a wounded verb after", text: "Four soldiers were killed - three in Tadef and one in al-Bab - and nine others were wounded, the army said.", published: "2017-02-21", killed: is(4), wounded: is(9)},
	{name: "count/a toll climbed above a round figure", text: "Shelling killed at least 38 civilians in Eastern Ghouta on Wednesday as the toll climbed above 270, AFP said. The Observatory said the latest deaths brought to 274 the number of civilians killed since Sunday evening.", published: "2018-02-21", killed: is(274), figures: []figureWant{{count: 274, qual: Exact}}},
	{name: "time/the deadliest day in three years is today's", text: "On Tuesday alone, 106 civilians were killed in Douma, the deadliest day in the enclave in three years. More than 1,200 people have been wounded since Sunday.", published: "2018-02-21", killed: is(106), wounded: is(1200)},
	{name: "side/its fighters are the subject's", text: "The Syrian Democratic Forces said nine of its fighters were killed in clashes in Raqqa. The Observatory said at least 30 IS militants died in the fighting.", published: "2017-08-02", killed: is(39), figures: []figureWant{{count: 9, side: Kurdish}, {count: 30, side: IslamicState}}},
	{name: "side/hezbollah said its fighters", text: "Hezbollah said five of its fighters were killed near Qusayr on Sunday.", published: "2013-05-20", killed: is(5), figures: []figureWant{{count: 5, side: Government}}},
	{name: "conflict/an operations room claims more of the same side", text: "The Observatory said 11 rebel fighters and seven regime soldiers had been killed near Baath City since Friday. The rebels' joint operations room said its fighters had killed more than 20 regime troops.", published: "2017-06-24", killed: is(18), figures: []figureWant{{count: 7, high: 20}}},
	{name: "subset/among them, while others were injured", text: "The death toll of the car bomb in Hama has risen to 19 civilians among them six children and four women while 43 others were injured.", published: "2014-02-10", killed: is(19), wounded: is(43)},
	{name: "subset/including, while others were wounded", text: "Shelling on Deir ez-Zor killed 12 people including three children while 30 others were wounded.", published: "2015-04-02", killed: is(12), wounded: is(30)},
	{name: "updated toll/a source had earlier said", text: "The toll of the car bomb in Jibrin in Hama has risen to 19 civilians. A hospital source had earlier said that 11 citizens were martyred in the blast.", published: "2014-02-10", killed: is(19)},
	{name: "updated toll/later said the toll had risen", text: "Air strikes on Kafranbel killed 16 civilians on Monday, activists said. The Civil Defense later said the death toll had risen to 19.", published: "2016-08-08", killed: is(19)},
	{name: "restatement/a headline run into its lead names other towns", text: "Monday 08 June 2015 Regime Airstrikes Kill 31 Civilians in Ariha and Jisr al-Shughur Regime warplanes killed 31 civilians including nine children in a series of airstrikes on the towns of Ariha and Jisr al-Shughur in rural Idlib on Sunday activists said.", published: "2015-06-08", killed: is(31)},
	{name: "restatement/two towns with the same toll joined by and are two", text: "Air strikes killed five civilians in Ariha and five civilians in Saraqeb on Sunday, activists said.", published: "2015-06-08", killed: is(10)},
	{name: "place/a district of another city is no part of a town's lead", text: "Air strikes killed at least 14 civilians in the town of Mayadin on Thursday, the Observatory said. Meanwhile SANA said three civilians were killed when shells hit the al-Joura neighbourhood of Deir Ezzor city.", published: "2017-05-26", killed: is(17)},
	{name: "place/a district of the lead's city is its part", text: "Rocket attacks on Damascus killed three people on Monday, state media said. Two of them died near al-Abbasiyeen Square.", published: "2017-03-20", killed: is(3)},
	{name: "source/a network named for its province", text: "Air strikes killed at least 14 civilians in Mayadin on Thursday, the Observatory said. The activist network Deir Ezzor 24 put the toll at 19.", published: "2017-05-26", killed: is(14), figures: []figureWant{{count: 14, high: 19, source: "Deir Ezzor 24"}}},
	{name: "place/the city of daraa is no province holding its towns", text: "Barrel bombs dropped on the southern city of Daraa killed at least 14 people on Tuesday, a monitoring group said. In the countryside to the north rebels overran an army checkpoint near the town of Sheikh Miskin killing nine soldiers, the observatory said.", published: "2014-03-19", killed: is(23)},
	{name: "place/a toll of aleppo city told again of a quarter", text: "One civilian was killed and 16 others were injured in rocket attacks on Aleppo city. A police source said one person was killed and 16 others were injured when shells hit al-Aziziyeh neighborhood in Aleppo city on Wednesday.", published: "2016-09-28", killed: is(1), wounded: is(16)},
	{name: "count/a woman and her daughter", text: "A woman and her daughter were killed when a shell hit their house in Douma on Sunday.", published: "2017-11-19", killed: is(2), civilians: is(2)},
	{name: "count/a man and his three sons", text: "An air strike on Saraqeb killed a man and his three sons, activists said.", published: "2017-11-19", killed: is(4), civilians: is(4)},
	{name: "breakdown/parts past the wounded and a subset", text: "Airstrikes Kill 14 Civilians in Kafr Nabl and Hass. Warplanes pounded Kafr Nabl in the countryside of Idlib on Monday killing 11 civilians including four children and injuring more than 30 others, activists said. Civil defense teams worked until late at night. In the neighbouring town of Hass a barrel bomb killed a woman and her two children.", published: "2016-02-16", killed: is(14), wounded: is(30)},
	{name: "source/a source that only acts gives the next sentence no figure", text: "Shelling hit Douma on Monday, the Observatory said. Civil defense teams worked until late at night. A barrel bomb killed four people in Harasta.", published: "2016-02-16", figures: []figureWant{{count: 4, source: "Observatory"}}},
	{name: "conflict/a rival civilian toll is of the part, not the toll of every side", text: "A monitoring group said at least 43 people had been killed in Hasaka since Thursday: 25 civilians, 11 Kurdish fighters and seven members of the National Defence Forces. The Kurdish Red Crescent gave a higher toll, saying 31 civilians had died.", published: "2016-08-21", killed: is(43), civilians: is(25)},
	{name: "breakdown/after a colon at the end of a long clause", text: "At least 20 people were killed in clashes around Morek on Sunday: 12 soldiers and eight rebels.", published: "2016-08-21", killed: is(20), figures: []figureWant{{count: 20}}},
	{name: "conflict/a lower toll against 'at least 11 of them'", text: "A suicide bomber drove a vehicle into a position held by Kurdish fighters in Kobani on Monday killing at least 11 of them, the Observatory said. A Kurdish official gave a lower toll, saying four YPG fighters had been killed.", published: "2014-10-13", killed: is(4)},
	{name: "count/a schoolteacher shot dead", text: "A schoolteacher was shot dead by unknown gunmen in the town of Jableh on Monday.", published: "2025-03-11", killed: is(1), civilians: is(1)},
	{name: "count/a baker killed", text: "Gunmen killed a baker in Daraa on Monday.", published: "2025-03-11", killed: is(1), civilians: is(1)},
	{name: "restatement/a headline's bare soldier is the body's turkish soldier", text: "Soldier killed in mortar attack near Ras al-Ayn, 3 others injured\nA Turkish soldier was martyred and three others were injured in a mortar attack near Ras al-Ayn in northern Syria, the ministry said.", published: "2019-12-19", killed: is(1), wounded: is(3), figures: []figureWant{{count: 1, side: Foreign}}},
	{name: "restatement/a headline's bare soldier told again by state media", text: "Soldier killed in Daraa\nA soldier was killed by a sniper in Daraa on Monday, SANA said.", published: "2019-12-19", killed: is(1), figures: []figureWant{{count: 1, side: Government}}},
	{name: "updated toll/said by midday … but raised its toll", text: "The Local Coordination Committees said by midday that 30 people had died in the Baba Amr district but raised its toll to 47 in the evening.", published: "2012-02-09", killed: is(47)},
	{name: "updated toll/but later raised it", text: "Activists said 12 people were killed in Douma on Friday but later raised the toll to 15.", published: "2012-02-10", killed: is(15)},
	{name: "side/protesters shot dead are civilians", text: "In the central city of Hama activists said security forces shot dead two protesters at a checkpoint.", published: "2012-02-09", killed: is(2), civilians: is(2)},
	{name: "side/al-manar's resistance fighters are hezbollah", text: "The army and the resistance killed 17 Nusra militants in the Qalamoun heights. Two resistance fighters were martyred in the battles.", published: "2015-05-10", killed: is(19), figures: []figureWant{{count: 2, side: Government}}},
	{name: "abroad/a dateline abroad over a lead that names no syria", text: "Two Peshmerga killed in ISIS attack in Garmiyan\nERBIL (Kurdistan24) – Two Peshmerga fighters were killed late on Sunday when Islamic State militants attacked their positions near Kifri, the ministry said.\nThe SDF holds 10,000 ISIS suspects in prisons in Hasakah province.", published: "2020-10-26", killed: is(0)},
	{name: "abroad/a dateline abroad over a lead about northeast syria", text: "ERBIL (Kurdistan 24) – At least 22 fighters of the Syrian Democratic Forces have been killed since Turkey launched its offensive against northeast Syria on Wednesday, the SDF said.", published: "2019-10-11", killed: is(22)},
	{name: "not/sputnik's share counters", text: "19.03.2017) Get short URL 0 62 A Russian military adviser was killed by shelling in Aleppo, the ministry said.", published: "2017-03-19", killed: is(1)},
	{name: "not/a share counter of one", text: "Get short URL 1 12 Eleven soldiers were killed near Palmyra on Sunday.", published: "2017-03-19", killed: is(11)},
	{name: "time/one of the deadliest bouts since the start of the war", text: "Government air strikes have killed at least 194 civilians in eastern Ghouta since Sunday night, a war monitor said on Wednesday, in one of the deadliest bouts of violence in the enclave since the start of the war.", published: "2018-02-21", killed: is(194)},
	{name: "time/the war has killed is still a tally", text: "The war has killed more than 350,000 people since it began in 2011. Shelling killed four civilians in Douma on Wednesday.", published: "2018-02-21", killed: is(4)},
	{name: "restatement/separately opens another incident", text: "Islamic State militants shot dead 15 men in the town of Mayadeen on Thursday, the Observatory said. Separately, regime air strikes killed at least eleven people in the IS-held town of Albu Kamal, the Observatory said.", published: "2017-07-14", killed: is(26)},
	{name: "conflict/meanwhile brings another source's toll of the same attack", text: "The Observatory said the attack on Khan Sheikhoun killed at least 58 people. Meanwhile the National Coalition said the attack killed more than 100 people.", published: "2017-04-05", killed: is(58)},
	{name: "count/a short name in brackets inside the noun", text: "Four Free Syrian Army (FSA) fighters were also killed in clashes near Azaz on Monday.", published: "2017-07-14", killed: is(4), figures: []figureWant{{count: 4, side: Opposition}}},
	{name: "count/the beheading of three soldiers", text: "IS released a video showing what they said was the beheading of three soldiers near Palmyra.", published: "2017-07-14", killed: is(3)},
	{name: "count/the execution of twelve men", text: "The Observatory confirmed the execution of 12 men by IS in Raqqa on Monday.", published: "2017-07-14", killed: is(12)},
	{name: "side/is attackers and the assailants", text: "At least 63 IS attackers were also killed in the fighting in Deir ez-Zor. Elsewhere, two assailants were killed in a firefight with the SDF near Thiban.", published: "2017-07-14", killed: is(65), figures: []figureWant{{count: 63, side: IslamicState}}},
	{name: "updated toll/a toll's long subject before 'rose to'", text: "The death toll from a wave of coordinated Islamic State group suicide bombings and gun attacks on the southern Syrian city of Sweida and nearby villages rose to 221 on Thursday, a war monitor said.", published: "2018-07-26", killed: is(221)},
	{name: "subset/killing 14 of them is the group the verb hits", text: "Army units killed scores of militants around al-Qusayr. In Aleppo army units ambushed a group of militants near the Sheikh Maqsoud neighborhood killing 14 of them.", published: "2013-04-22", killed: is(14), figures: []figureWant{{count: 14, side: Opposition}}},
	{name: "subset/three of them were children is still a part", text: "Seven people were killed in shelling on Douma on Monday. Three of them were children.", published: "2013-04-22", killed: is(7)},
	{name: "count/a toll that does not include others", text: "At least 14 people were killed in clashes near Sweida on Monday, the Observatory said. The toll does not include six members of the General Security forces who the interior ministry said were killed on Sunday.", published: "2025-07-14", killed: is(20)},
	{name: "count/a toll that includes them", text: "At least 14 people were killed in clashes near Sweida on Monday, the Observatory said. The toll includes six members of the General Security forces.", published: "2025-07-14", killed: is(14)},
	{name: "time/last month dates a capture in a relative clause", text: "At least 22 rebels and nine members of Hezbollah were killed in clashes near the airport which regime forces took last month.", published: "2016-02-15", killed: is(31)},
	{name: "time/an offensive which began last month has killed", text: "The offensive which began last month has killed 300 people in Aleppo province.", published: "2016-02-15", killed: is(0), cumul: []int{300}},
	{name: "breakdown/after a colon with a space is no time", text: "The number of fatalities since dawn yesterday has risen to 47: 19 members of regime forces and loyal militiamen and 28 fighters of HTS and the factions, SOHR said.", published: "2019-05-22", killed: is(47)},
	{name: "updated toll/had earlier documented the death of", text: "The number of fatalities near Kafr Nabudah since dawn yesterday has risen to 47, SOHR said. SOHR had earlier documented the death of 33 people in the fighting.", published: "2019-05-22", killed: is(47)},
	{name: "not/a time written with a colon", text: "At 12:30 a shell hit a school in Douma, killing two children.", published: "2019-05-22", killed: is(2)},
	{name: "not/a share counter before a number word", text: "19.03.2017) Get short URL 1817 Six civilians including two children were killed in shelling on Aleppo.", published: "2017-03-19", killed: is(6)},
	{name: "time/in early 2018", text: "The Afrin operation in early 2018 killed more than 300 civilians. Shelling killed four people in Tal Rifaat on Monday.", published: "2019-03-19", killed: is(4)},
	{name: "time/a town which rebels seized in early 2012", text: "In neighbouring Rastan which rebels seized in early 2012 at least nine soldiers and six rebels were killed in clashes the Observatory said.", published: "2013-05-14", killed: is(15)},
	{name: "subset/including a woman, then the subject's next verb", text: "Gunmen killed two civilians including a woman and wounded a dozen others in Daraa on Monday.", published: "2019-03-19", killed: is(2), wounded: is(12)},
	{name: "subset/including children, then killings that are no verb of a count", text: "UN observers counted more than 90 bodies of civilians including 30 children after a night of shelling and killings in the Houla region of Homs.", published: "2012-05-27", killed: is(90), civilians: is(90)},
	{name: "breakdown/a dash list whose first part has a long noun", text: "Clashes in Hama killed 52 combatants since Monday - 29 from government forces and allied militias and 23 rebels and jihadists, the Observatory said.", published: "2019-03-19", killed: is(52)},
	{name: "breakdown/a toll in another town after while is no part", text: "Barrel bombs killed 16 civilians including five children in Saraqeb while 11 civilians died in raids on the town of Binnish.", published: "2015-05-30", killed: is(27)},
	{name: "breakdown/fighters whose side is a guess are of both sides", text: "Fierce fighting in Daraa city killed at least 27 fighters on Monday, the Observatory said. It said 16 members of the regime forces and 11 rebels were killed.", published: "2017-02-14", killed: is(27), civilians: is(0)},
	{name: "conflict/another source's toll inherits the capital from a commute", text: "A car bomb exploded in the Damascus suburb of Jaramana on Monday killing at least 14 people, state television said. SANA said the car was detonated as commuters gathered for the morning ride into the capital. The Syrian Observatory for Human Rights, which gathers information from a network of activists and medics, put the death toll at 17.", published: "2013-03-18", killed: is(14), figures: []figureWant{{count: 14, high: 17, source: "Observatory"}}},
	{name: "count/a relative clause with which before the verb", text: "Twelve rebel fighters and eight members of the Jaish Khalid bin Walid group which has pledged allegiance to IS were killed near Tasil on Monday.", published: "2016-06-23", killed: is(20)},
	{name: "updated toll/another source's toll that inherits a town named in passing", text: "A car bomb exploded at the entrance of Jableh on Sunday killing 11 civilians, SANA reported. The explosion took place as students were waiting for buses to Latakia and Tartus. The Syrian Observatory for Human Rights said the death toll had reached 14 people.", published: "2017-03-19", killed: is(14)},
	{name: "place/tal dara is no daraa", text: "ISIS fighters attacked Sabboura and Tal Dara east of Salamiyah in Hama province on Thursday, killing 12 civilians.", published: "2016-06-02", killed: is(12), govs: []string{"Hama"}},
	{name: "subset/fighters listed after a subset of civilians are no civilians", text: "Twenty-three civilians including six children and 17 fighters of the National Defense Forces were killed in Sabboura on Thursday.", published: "2016-06-02", killed: is(40), civilians: is(23)},
	{name: "breakdown/a toll its parts fill holds no one of another side", text: "ISIS militants killed at least 40 people in two villages near Salamiyah on Thursday, the Observatory said. Twenty-three civilians and 17 fighters of the National Defense Forces were killed. At least 15 ISIS militants were also killed.", published: "2016-06-02", killed: is(55)},
	{name: "subset/a part told again by another source", text: "At least 27 civilians were killed in air strikes on Afrin on Friday, the Observatory said. It said 16 of them died when a strike hit near the city's main hospital. The Kurdish Red Crescent, which runs the facility, also said 16 people had been killed there.", published: "2018-03-17", killed: is(27), civilians: is(27)},
	{name: "subset/a like count in another town with no word of a second telling", text: "Air strikes killed 20 people in Douma on Monday, 12 of them children, the Observatory said. Shelling on Harasta killed 12 people.", published: "2014-08-31", killed: is(32)},
	{name: "subset/a part over two provinces inside a toll that inherits one of them", text: "More than 1,000 people have been killed in two days of clashes between security forces and fighters loyal to Assad, a war monitor said on Saturday. The Syrian Observatory for Human Rights said 745 civilians had been killed in the coastal provinces of Latakia and Tartus since Thursday.", published: "2025-03-08", killed: is(1000)},
	{name: "updated toll/bringing the total to", text: "More than 1,000 people have been killed in two days of clashes on the coast, a war monitor said. It said 745 civilians had been killed in Latakia and Tartus. The Observatory said 125 members of the security forces and 148 gunmen had also been killed, bringing the total to 1,018.", published: "2025-03-08", killed: is(1018)},
	{name: "not/bringing the total of villages to", text: "Rebels captured three villages near Idlib on Monday, bringing the total to 12.", published: "2025-03-08", killed: is(0)},
	{name: "source/a local source told", text: "Turkish shelling on Tal Tamr killed six civilians on Sunday, a local source told Kurdistan 24. The Turkish defence ministry said eight civilians were killed by the shelling.", published: "2019-10-20", killed: is(6), figures: []figureWant{{count: 6, high: 8}}},
	{name: "count/an activist network is no person", text: "Air strikes killed 23 civilians in Douma on Monday, the Observatory said. The Local Coordination Committees, an activist network, put the number killed at 35.", published: "2015-08-17", killed: is(23), figures: []figureWant{{count: 23, high: 35}}},
	{name: "side/civilians beside a source's name", text: "Terrorists Shell Aleppo Killing Four Civilians Russian Center. Four civilians were killed when shells hit al-Midan in Aleppo on Monday.", published: "2016-10-31", killed: is(4), civilians: is(4)},
	{name: "side/a count after a vague one keeps its own side", text: "Army Kills Dozens of Terrorists Mortars Kill 2 in Damascus. Two civilians were martyred when mortar shells hit Bab Touma in Damascus.", published: "2015-03-10", killed: is(2), civilians: is(2)},
	{name: "subset/among the dead was a boy", text: "Air strikes killed 11 civilians including five children in Ariha on Monday. Among the dead was a 12-year-old boy who was killed with his mother.", published: "2015-03-10", killed: is(11)},
	{name: "conflict/elsewhere opens an incident later tellings may name", text: "Shelling killed four people in Idlib on Monday. Elsewhere, a car bomb in Hama killed six people, state media said. Residents said the blast hit a market. The Observatory put the death toll at nine.", published: "2015-03-10", killed: is(10), figures: []figureWant{{count: 6, high: 9}}},
	{name: "cumulative/in that time", text: "Air strikes killed 14 civilians in Idlib on Wednesday. The offensive began in late April. The Observatory says more than 350 civilians have been killed in that time.", published: "2019-06-05", killed: is(14), cumul: []int{350}},
	{name: "count/gunmen who shot dead a grocer are no dead", text: "In Jasim in Daraa two gunmen on a motorcycle shot dead a grocer on Monday.", published: "2019-06-05", killed: is(1), civilians: is(1)},
	{name: "count/men shot dead in a town", text: "Three men were shot dead in Daraa on Monday.", published: "2019-06-05", killed: is(3)},
	{name: "count/gunmen who killed a soldier are no dead", text: "Three gunmen killed a soldier in Daraa on Monday.", published: "2019-06-05", killed: is(1)},
	{name: "count/gunmen who executed a man are no dead", text: "Two gunmen executed a man in Daraa on Monday.", published: "2019-06-05", killed: is(1)},
	{name: "breakdown/a family after a comma names the count's people", text: "Shelling killed two civilians in Daraa, a woman and her son.", published: "2019-06-05", killed: is(2)},
	{name: "breakdown/a family between commas names the count's people", text: "Two civilians, a woman and her son, were killed in Daraa.", published: "2019-06-05", killed: is(2)},
	{name: "not/a man in his sixties", text: "Gunmen shot dead six civilians near Safita in Tartus. A seventh person, a man in his 60s, was wounded.", published: "2025-05-16", killed: is(6), wounded: is(1)},
	{name: "count/militants who attacked and killed soldiers are no dead", text: "Two IS militants attacked a checkpoint in Daraa and killed three soldiers.", published: "2019-06-05", killed: is(3), figures: []figureWant{{count: 3, side: Government}}},
	{name: "place/sana's own dateline", text: "Damascus, SANA - Two soldiers were martyred in an Israeli aggression at dawn on Monday. A military source said the aggression led to the martyrdom of the two soldiers at a position near Khan Arnabeh in Quneitra countryside.", published: "2023-08-07", killed: is(2), govs: []string{"Quneitra"}},
	{name: "sentence/a closing quote ends the sentence", text: "Twenty-three civilians were killed in the town of Kafr Nabl in Idlib province on Sunday the Observatory said. \"We pulled a man out alive but his wife and daughter were already dead.\" Also on Sunday a barrel bomb on Atarib in the countryside of Aleppo killed a woman and her two children.", published: "2016-10-23", killed: is(26)},
	{name: "conflict/a higher toll's breakdown adds no side the lower told", text: "Clashes near Suwayda have left at least 12 people dead. The Ministry of Interior said four General Security members were killed. The local network said six fighters of local factions were killed, in addition to two civilians. The Syrian Observatory for Human Rights gave a higher toll of 15: six General Security members, seven local gunmen and the two civilians.", published: "2025-05-20", killed: is(12)},
	{name: "count/losing five of their own men", text: "Kurdish fighters said on Sunday they had killed at least 60 IS jihadists around Tal Tamr in Hasakeh province while losing five of their own men. The Observatory gave a lower figure for the jihadists, saying 26 IS fighters had been killed along with 14 members of the YPG.", published: "2015-03-08", killed: is(31), figures: []figureWant{{count: 5, side: Kurdish, high: 14}, {count: 26, high: 60}}},
	{name: "time/raising to a few days' toll since sunday night", text: "Regime air strikes killed 27 civilians in Eastern Ghouta on Wednesday, a monitor said, raising to 274 the number of civilians killed in the enclave since Sunday night.", published: "2018-02-21", killed: is(274)},
	{name: "time/a day alone in a town inside a toll since the evening of sunday", text: "The Observatory documented more deaths in Eastern Ghouta, raising to 194 the number of civilians killed since the evening of Sunday. Activists reported that 38 civilians, including nine children, were killed on Wednesday alone in Douma.", published: "2018-02-21", killed: is(194)},
	{name: "not/the speaker's apposition", text: "A mortar shell killed four members of one family in Daraa on Sunday, including a nine-year-old girl, said Abu Ali al-Masalmeh, a member of the Central Committee.", published: "2021-08-03", killed: is(4)},
	{name: "not/a resident who speaks", text: "Shelling killed two soldiers in Daraa, said Ahmad, a resident of the town.", published: "2021-08-03", killed: is(2)},
	{name: "time/since then after last thursday", text: "Government troops tried to storm Daraa al-Balad last Thursday. Since then, at least 17 civilians have been killed across Daraa province. On Sunday alone, a mortar shell killed four members of one family.", published: "2021-08-03", killed: is(17)},
	{name: "not/a four-wheel drive", text: "An army unit ambushed a group of terrorists near Fleita in Qalamoun killing 14 of them among them Saudi and Chechen nationals and seizing their weapons and a four-wheel drive vehicle.", published: "2014-03-12", killed: is(14)},
	{name: "not/a two-storey house", text: "A strike on a two-storey house in Douma killed three civilians.", published: "2014-03-12", killed: is(3)},
	{name: "place/damascus southern countryside is rif dimashq", text: "Two soldiers martyred in Israeli aggression on Damascus southern countryside\nDamascus, SANA- Two soldiers were martyred in an Israeli aerial aggression that targeted some points in the southern countryside of Damascus at dawn on Saturday.", published: "2022-09-17", killed: is(2), govs: []string{"Rif Dimashq"}},
	{name: "null/killing and wounding dozens", text: "Regime shelling hit Idlib on Monday killing and wounding dozens of civilians.", published: "2015-03-08", killed: isNull(), wounded: isNull()},
	{name: "null/killing and wounding twenty together", text: "Regime shelling hit Idlib on Monday killing and wounding 20 civilians.", published: "2015-03-08", killed: isNull(), wounded: isNull()},
	{name: "subset/among the dead two sentences after the toll", text: "Regime warplanes pounded Daraa on Wednesday killing 11 civilians including five children, a monitoring group said. The Observatory said more than 30 air raids hit Daraa al-Balad since dawn. Among the dead was a 12-year-old boy who was killed with his mother.", published: "2017-02-15", killed: is(11), civilians: is(11)},
	{name: "cumulative/during the same period as a tally since 2019", text: "Since March 24, 2019, 1,512 regime soldiers have been killed by ISIS in the desert, SOHR said. SOHR also documented the death of 1,089 ISIS members during the same period. Gunmen shot dead a civilian in Shahba on Tuesday.", published: "2021-03-17", killed: is(1)},
	{name: "time/in the same period as since wednesday", text: "At least 17 civilians have been killed near Ras al-Ain since Wednesday, the Observatory said on Friday. The monitor said 34 fighters from Turkish-backed factions had also been killed in the same period.", published: "2019-10-11", killed: is(51)},
	{name: "cumulative/counts that share a verb share its span", text: "Regime raids killed 23 civilians in Maaret al-Numan on Tuesday. The Observatory says more than 120 IS fighters and 71 members of the regime forces have been killed in the Hasakeh fighting since late June.", published: "2015-07-07", killed: is(23), cumul: []int{120, 71}},
	{name: "abroad/reinforcements coming from deir ezzor are no syrian place", text: "Iraqi troops killed 35 ISIS terrorists near al-Qaim in western Anbar province near the border with Syria on Sunday. The forces destroyed a depot used to receive reinforcements coming from Syria's Deir Ezzor and al-Bukamal. Two fighters of the Popular Mobilization were martyred during the operation.", published: "2015-11-22", relevant: no},
	{name: "an adviser died", text: "A Russian military adviser had died in hospital in Aleppo, the ministry said on Sunday.", published: "2016-03-06", killed: is(1)},
	{name: "a count along with another", text: "Air strikes killed three soldiers along with two fighters of the National Defence Forces near Aleppo on Sunday.", published: "2016-03-06", killed: is(5)},
	{name: "relevance/clashes between the tripoli neighbourhoods", text: "Three people were killed on Monday in clashes between the Tripoli neighbourhoods of Bab al-Tabbaneh and Jabal Mohsen, security sources said, blaming supporters of rival sides in Syria's war.", published: "2014-03-10", relevant: no},
	{name: "relevance/an area of north lebanon", text: "Shells fired from Syria landed in the Wadi Khaled area of north Lebanon, killing a Lebanese girl, the army said.", published: "2012-06-10", relevant: no},
	{name: "background/a campaign's start date carries to no toll", text: "Turkish-backed rebels took the town of al-Rai on Thursday in the operation which Turkey launched on August 24. The attack also killed three Free Syrian Army fighters near al-Rai.", published: "2016-10-06", killed: is(3)},
	{name: "side/rebels hold no people with a woman among them", text: "At least 20 rebels were killed in clashes in Idlib province on Tuesday, the Observatory said. In Saraqeb, an air strike killed seven people including a woman and a child.", published: "2016-10-06", killed: is(27)},
	{name: "side/a label stops where a page's lost comma was", text: "In the town of Rastan north of Homs rebels ambushed an army convoy and killed four soldiers the British-based Syrian Observatory for Human Rights said.", published: "2012-05-17", figures: []figureWant{{count: 4, side: Government}}},
	{name: "conflict/the red crescent's civilian toll, and sides along with", text: "The Observatory said nine civilians had been killed in Hasakah since the fighting erupted on Wednesday along with eight members of the Kurdish Asayish police and seven fighters of the National Defence Forces. The Kurdish Red Crescent put the civilian death toll at 13.", published: "2016-08-20", killed: is(24), civilians: is(9)},
	{name: "conflict/the next sentence puts the toll higher, elsewhere", text: "A coalition air strike near the Tabqa dam killed 12 civilians, SANA reported on Tuesday. An activist group put the toll at 15 and said the strike hit a house in the village of al-Safsafa on Monday night. The SDF said four of its fighters were killed near the Tabqa military airport which the alliance captured from the jihadists last week.", published: "2017-04-04", killed: is(16), figures: []figureWant{{count: 12, high: 15}}},
	{name: "a list through a long name, and a day of it alone", text: "The Observatory said on Thursday that 37 fighters from factions of the Turkish-backed Syrian National Army (SNA) and 12 SDF fighters had been killed since Tuesday in clashes near the Tishreen Dam. Twenty-one of the SNA fighters were killed on Wednesday alone near the village of Abu Qalqal.", published: "2025-01-16", killed: is(49)},
	{name: "conflict/the monitor's lower toll of a civilian toll", text: "At least 11 civilians were killed on Saturday when regime helicopters dropped barrel bombs on the town of Nawa, the Syrian Civil Defence said. The Syrian Observatory for Human Rights put the death toll at nine.", published: "2017-06-10", killed: is(9), figures: []figureWant{{count: 9, high: 11}}},
	{name: "updated toll/a nurse killed that day stays apart from the raised toll", text: "Militants shelled western Aleppo on Monday killing 12 civilians and injuring 47 the Russian Center said on Tuesday. Later on Tuesday SANA reported that the death toll from the shelling had risen to 15. The center also said that a Russian military nurse was killed when militants shelled a Russian mobile hospital in Aleppo on Monday.", published: "2016-11-01", killed: is(16), wounded: is(47)},
	{name: "a tally's span is no recalled event, and a dozen IS members", text: "The jihadist Islamic State group executed 30 men from the Shaitat tribe in Deir Ezzor on Saturday a monitor said bringing to more than 700 the number of tribesmen killed by IS since the tribe rose up against it earlier this month. In Raqa regime air strikes killed eight civilians and a dozen IS members the monitor said.", published: "2014-08-17", killed: is(50)},
	{name: "relevance/refugees drowned off lesbos and the year's dead at sea", text: "At least eleven refugees including six children drowned when their boat capsized off the Greek island of Lesbos on Wednesday the coastguard said. Most of them were Syrians from Aleppo and Idlib provinces. More than 560000 refugees and migrants have reached Greece by sea this year according to the IOM and more than 500 have died or gone missing in the Aegean.", published: "2015-10-28", relevant: no},
	{name: "side/a label stops at 'a military source said'", text: "The Syrian army repelled a Daesh attack on the T4 airbase in Homs province killing more than 40 militants a military source said Thursday. The Observatory reported that 12 Syrian soldiers and members of allied militias were killed in the fighting.", published: "2017-01-12", killed: is(52)},
	{name: "not a count/a date with dashes, and the life of a child", text: "12-11-2015 Dozens of Takfiris Killed in Qalamoun. A rocket hit the town of Nabk on Wednesday claiming the life of a child, SANA said.", published: "2015-11-12", killed: is(1)},
	{name: "an aside of who, a start date, an initial report and a toll that includes", text: "Two civilians, a woman and her 11-year-old son, were killed in shelling on Tafas on Monday. Regime jets struck Nawa on Tuesday killing nine civilians among them four children as rebels pressed a counter-offensive they launched last week. The monitor had initially reported that five civilians died in Nawa but raised the toll to nine. The Observatory's toll includes two rescuers.", published: "2017-06-13", killed: is(11)},
	{name: "a clause with while is another story's", text: "Syrian forces shelled rebel-held districts of Homs on Tuesday killing at least 14 people activists said while state media said nine soldiers were killed in an ambush in the northwestern province of Idlib.", published: "2012-06-12", killed: is(23)},
	{name: "parts/twelve of them civilians, and parts four sentences on", text: "Turkish strikes killed 14 people, 12 of them civilians, in northeast Syria on Tuesday, the SDF said. Eleven civilian workers were killed when a drone struck a power station near Derik. The station supplies electricity to dozens of villages. In the countryside of Kobani a drone killed two fighters. In Ain Issa shelling killed a civilian in the village of Hoshan.", published: "2022-11-23", killed: is(14), civilians: is(12)},
	{name: "conflict/a faction commander's toll of iraqi militiamen", text: "The Observatory said six fighters from an Iraqi militia loyal to the regime were killed in the strike in the Homs desert northeast of Tanf. A commander in the Maghawir al-Thawra faction which operates from the Tanf base said at least ten militiamen had been killed.", published: "2017-06-09", killed: is(6), figures: []figureWant{{count: 6, high: 10, side: Government}}},
	{name: "a participle between the count's noun and its verb", text: "Two civilians searching for truffles were killed by a landmine near Arak on Saturday, SANA said.", published: "2017-03-11", killed: is(2)},
	{name: "conflict/a lower toll given by telephone", text: "A suicide bomber drove an explosives-laden vehicle into a position held by Kurdish fighters in Kobani on Monday killing at least 11 of them the Observatory said. A Kurdish official gave a lower toll telling Al Arabiya News by telephone that four fighters of the YPG had been killed.", published: "2014-10-13", killed: is(4), figures: []figureWant{{count: 4, high: 11}}},
	{name: "a long including clause before the next count's verb", text: "The Observatory said at least 25 rebel fighters including members of the al Qaeda-linked Islamic State of Iraq and the Levant and 17 soldiers and pro-government militiamen had been killed in two days of fighting for the town of Khanasser.", published: "2013-10-04", killed: is(42)},
	{name: "place/near a district of the capital is the capital", text: "In Damascus a mortar bomb struck a street near Bab Touma square in the Old City on Thursday evening killing three people, state news agency SANA said.", published: "2013-10-04", killed: is(3), govs: []string{"Damascus"}},
	{name: "a day's roundup across syria and five others in it", text: "At least 74 people were killed across Syria on Saturday, the Observatory said. Eight civilians died in shelling on the town of Tafas in Deraa province while five others among them a woman were killed in air strikes on Saraqeb.", published: "2014-03-09", killed: is(74)},
	{name: "abroad/clashes between the rival tripoli neighbourhoods, with qusayr in another clause", text: "Three people were killed overnight in renewed clashes between the rival Tripoli neighbourhoods of Bab al-Tabbaneh and Jabal Mohsen, the correspondent reported, as Syrian troops pressed an assault on Qusayr across the border.", published: "2013-05-23", killed: is(0)},
	{name: "a name known as abu omar is no place, and rbss is a source", text: "Syrian army units killed 23 terrorists in Zabadani on Monday. Twenty-three terrorists were killed including a Saudi commander known as Abu Omar al-Jazrawi, a military source said. In Raqqa coalition strikes killed at least 21 civilians, the Observatory said. Raqqa is Being Slaughtered Silently said 27 civilians died in the strikes.", published: "2015-07-20", killed: is(44), govs: []string{"Raqqa", "Rif Dimashq"}},
	{name: "a few days since a long clause ends on a weekday", text: "The Observatory said 30 members of the regime forces and allied militia were killed along with 19 IS fighters since the jihadists stormed the gas fields near the town of al-Sukhnah on Thursday.", published: "2017-05-20", killed: is(49)},
	{name: "parts from two sources add up to the lead", text: "Air strikes killed at least 20 civilians across northwest Syria on Wednesday, rescuers and a war monitor said.\nIn the town of Binnish, nine civilians were killed, said the White Helmets. Six civilians died in al-Atarib, and five more were killed in Darat Izza, the Syrian Observatory for Human Rights said.", published: "2020-01-29", killed: is(20), civilians: is(20)},
	{name: "cumulative/a tally's wounded too", text: "Turkish drones have carried out 71 strikes on northeast Syria since the beginning of the year, killing 41 people, including 13 civilians, and injuring 58 others.", killed: is(0), wounded: is(0), cumul: []int{41}},
	{name: "side/fighters of the syrian democratic forces", text: "Two fighters of the Syrian Democratic Forces were killed near Qamishli on Saturday.", figures: []figureWant{{count: 2, side: Kurdish}}},
	{name: "updated toll/the rise of the death toll far from its count", text: "Homs: death toll of car bomb explosion in Wadi al-Dahab rises to 19\nThe Observatory has documented the rise of the death toll of the car bomb explosion that targeted Wadi al-Dahab neighbourhood in Homs city this morning to 19 persons, after six more people died of their wounds. It had documented the death of 13 persons earlier today. At least 40 others were injured, bringing the number of people killed and injured in the explosion to about 60.", published: "2016-11-08", killed: is(19), wounded: is(40), figures: []figureWant{{count: 19}}},
	{name: "parts of a toll of combatants", text: "Fighting in the mountains of northern Latakia province killed at least 14 combatants in 48 hours, a monitor said.\nThe Observatory said six soldiers and allied militiamen and eight to 10 rebels were killed around the village of Kabani since Friday.", published: "2016-02-14", killed: is(14), civilians: is(0)},
	{name: "a senior leader and minor injuries", text: "Coalition forces killed a senior IS leader in a raid near al-Shaddadi in Hasakah province. Two US service members suffered minor injuries during the raid.", killed: is(1), wounded: is(2)},
	{name: "place/a spelling the sentence's province settles", text: "The SDF said four of its members were killed near the town of Thiban, on the eastern bank of the Euphrates in Deir Ezzor province.", govs: []string{"Deir ez-Zor"}},
	{name: "place/the lead's place is the first the body names", text: "Jihadists attacked a checkpoint in eastern Syria overnight, killing at least seven fighters, a monitor said.\nThe attack hit the checkpoint near the town of Thiban in Deir Ezzor province.\nIn a separate raid near al-Shaddadi in Hasakah province, coalition forces killed a senior IS leader. Hasakah city was quiet.", figures: []figureWant{{count: 7, governorate: "Deir ez-Zor"}}},
	{name: "relevance/an ambush near the syrian border", text: "Islamic State ambush kills five Iraqi soldiers near Syrian border\nBAGHDAD — Militants ambushed an Iraqi army patrol in the desert of western Anbar province late on Saturday, killing five soldiers, security sources said. The Syrian town of Albu Kamal lies just across the border.", relevant: ptr(false), killed: is(0)},
	{name: "relevance/on jordanian territory", text: "Jordanian border guards killed four smugglers on Sunday as they tried to cross from Syria, the army said, adding that the clash took place on Jordanian territory.", relevant: ptr(false), killed: is(0)},
	{name: "relevance/refugees killed by the quake in turkey", text: "ANTAKYA, Turkey — Bodies of Syrian refugees killed in the earthquake were handed over at the Bab al-Hawa crossing. \"My brother survived years of bombs in Idlib and died under a building in Antakya,\" said a man at the crossing. Turkey's disaster agency said the nationwide death toll had risen to 36,187.", relevant: ptr(false), killed: is(0)},
	{name: "casualties that are the dead and the wounded", text: "Car bomb leaves 23 casualties in Tal Abyad\nA bomb-laden vehicle exploded in the town of Tal Abyad on Saturday, leaving 23 people killed or wounded. The council said the death toll had risen to seven civilians after two of the wounded died in hospital, while 16 others wounded in the blast are still receiving treatment, some of them in hospitals across the border in Turkey.", published: "2021-05-22", killed: is(7), wounded: is(16)},
	{name: "a headline's toll the body tells abroad", text: "Kurds come closer to Azaz, 6 ISIS bombers killed\nKurdish forces have continued their advance on the town of Azaz in northern Aleppo province. In a separate event, Peshmerga shoot dead six ISIS suicide bombers west of Kirkuk, the frontline commander said.", relevant: yes, killed: is(0)},
	{name: "a relative clause between a count and its verb", text: "Three civilians who were collecting desert truffles were killed on Sunday when their vehicle hit a landmine near al-Mayadin, the monitor said.", killed: is(3), civilians: is(3)},
	{name: "a province lead holds its towns' tolls", text: "Regime and Russian attacks kill seven civilians in Idlib countryside\nA woman and her three children were killed when regime forces shelled the city of Ariha on Tuesday evening. At dawn on Wednesday, a Russian airstrike near Jisr al-Shughur killed two civilians.", published: "2024-06-05", killed: is(7), civilians: is(7)},
	{name: "a province lead and another town's separate toll", text: "Shelling killed 12 civilians in Idlib province on Monday, rescuers said.\nIn Hama province, government shelling killed another five civilians in Kafr Zita.", published: "2024-06-05", killed: is(17)},
	{name: "counts joined by and are different people", text: "Regime forces shelled Kafr Nabl, killing a woman and her two children.", killed: is(3), civilians: is(3)},
	{name: "counts joined by and to one verb", text: "Five men and three women were killed in Saqba.", killed: is(8)},
	{name: "a person and a casualty noun", text: "ISIS whips a young man and 4 martyrs fall in an air strike in Deir ez-Zor countryside.", killed: is(4)},
	{name: "separate incidents add up", text: "SANA said 4 civilians were killed in Aleppo city. In Idlib city, 19 civilians were killed in air strikes, the Observatory said.", killed: is(23), govs: []string{"Aleppo", "Idlib"}},

	// §5 where, when, according to whom
	{name: "place/spelling variants", text: "Five people were killed in Maarat al-Numan.\nThree people were killed in Ma'arrat al-Nu'man the next day.", govs: []string{"Idlib"}},
	{name: "place/province names the governorate", text: "Air strikes killed 7 people in Idlib province.", figures: []figureWant{{count: 7, governorate: "Idlib"}}},
	{name: "place/countryside names the governorate", text: "Shelling killed 3 farmers in the Hama countryside.", figures: []figureWant{{count: 3, governorate: "Hama"}}},
	{name: "place/rural damascus", text: "Shelling killed 3 people in rural Damascus.", figures: []figureWant{{count: 3, governorate: "Rif Dimashq"}}},
	{name: "place/west of damascus is rif dimashq", text: "A bomb killed one person on a road west of the capital Damascus.", figures: []figureWant{{count: 1, governorate: "Rif Dimashq"}}},
	{name: "place/near damascus is rif dimashq", text: "A gas attack near Damascus killed at least 200 people.", figures: []figureWant{{count: 200, governorate: "Rif Dimashq"}}},
	{name: "place/near the capital damascus is rif dimashq", text: "The push on the last rebel stronghold near the capital Damascus killed at least 23 people on Sunday.", figures: []figureWant{{count: 23, governorate: "Rif Dimashq"}}},
	{name: "place/damascus alone is the city", text: "A bomb killed 4 people in Damascus on Sunday.", figures: []figureWant{{count: 4, governorate: "Damascus"}}},
	{name: "place/ambiguous name by context", text: "In As-Suwayda province, gunmen killed 2 people in Douma village near Shahba.", figures: []figureWant{{count: 2, governorate: "As-Suwayda"}}},
	{name: "place/ambiguous name default", text: "Regime shelling killed 6 civilians in Douma.", figures: []figureWant{{count: 6, governorate: "Rif Dimashq"}}},
	{name: "place/nearest earlier sentence", text: "Fighting raged south of Maaret al-Numan.\nAt least 26 rebels were killed.", figures: []figureWant{{count: 26, governorate: "Idlib"}}},
	{name: "place/a city district", text: "Rocket shelling in Sukkari neighbourhood leaves 7 dead from two families.", figures: []figureWant{{count: 7, governorate: "Aleppo"}}},
	{name: "place/a group named after a place is no place", text: "The Ghouta Media Center said four people were killed in Saraqeb.", govs: []string{"Idlib"}},
	{name: "place/the clause of the figure", text: "Aerial shelling hit Hama countryside and a woman was killed in missile shelling on Daraa countryside.", figures: []figureWant{{count: 1, governorate: "Daraa"}}},
	{name: "place/reinforcements from a town", text: "Reinforcements arrived from Manbij and 9 fighters were killed in Coalition strikes near Hajin.", figures: []figureWant{{count: 9, governorate: "Deir ez-Zor"}}},
	{name: "place/parts keep their places", text: "Air strikes killed 27 terrorists in the past week, a military source told SANA. The source said the strikes killed 17 terrorists in Kanasba in Lattakia countryside and 10 ISIS members in Homs countryside.", govs: []string{"Homs", "Latakia"}},
	{name: "place/a village placed in another governorate's town is its namesake or nothing", text: "Three members of the National Army were killed in Marimin village of Afrin's countryside northwest of Aleppo.", govs: []string{"Aleppo"}},
	{name: "place/a TV channel named after a town is no place", text: "At least 14 civilians were killed in air strikes on the outskirts of Raqqa, Al Mayadeen TV reported.", govs: []string{"Raqqa"}},
	{name: "place/where the victims came from", text: "The Observatory said 98 evacuees from the northern towns of Fuaa and Kafraya were killed when a car bomb hit their buses at a transit point west of Aleppo on Saturday.", govs: []string{"Aleppo"}, killed: is(98)},
	{name: "place/fired from the only place named", text: "Turkish howitzers killed 8 IS militants as they prepared to fire on Turkey from the areas of Tel Ahmar and Shabaniye.", relevant: yes, govs: []string{"Aleppo"}},
	{name: "date/weekday", text: "On Wednesday, air strikes killed 19 civilians in Idlib.", figures: []figureWant{{count: 19, date: "2019-12-18"}}},
	{name: "date/yesterday", text: "Yesterday shelling killed 3 people in Daraa.", figures: []figureWant{{count: 3, date: "2019-12-18"}}},
	{name: "date/overnight", text: "Overnight strikes killed 5 people in Ariha.", figures: []figureWant{{count: 5, date: "2019-12-19"}}},
	{name: "date/said on a weekday is the report's day", text: "Strikes killed 8 people in Saraqeb on Tuesday, the Observatory said on Thursday.", figures: []figureWant{{count: 8, date: "2019-12-17"}}},
	{name: "source/observatory", text: "Eight people were killed in Saraqeb, the Syrian Observatory for Human Rights said.", figures: []figureWant{{count: 8, source: "Syrian Observatory for Human Rights"}}},
	{name: "source/sana", text: "SANA reported that 4 civilians were killed by rocket fire on Aleppo.", figures: []figureWant{{count: 4, source: "SANA"}}},
	{name: "source/white helmets", text: "According to the White Helmets, 6 people were killed in Ariha.", figures: []figureWant{{count: 6, source: "White Helmets"}}},
	{name: "source/a weekday's statement is no source", text: "According to Saturday's statement, 58 militants have been killed in Hasakah, the SDF said.", published: "2022-01-22", figures: []figureWant{{count: 58, source: "SDF"}}},
	{name: "source/afp's 'a monitor said' is the observatory", text: "At least 21 civilians were killed in coalition air strikes on Raqqa on Monday, a monitor said. The activist group Raqqa is Being Slaughtered Silently said 27 civilians died in the strikes.", published: "2017-08-21", killed: is(21), figures: []figureWant{{count: 21, high: 27, source: "Syrian Observatory"}}},
	{name: "source/previous sentence", text: "According to the Britain-based war monitor, fighting raged near Kafranbel.\nAt least 12 fighters were killed.", figures: []figureWant{{count: 12, source: "Syrian Observatory"}}},
}

func TestExtractRules(t *testing.T) {
	t.Parallel()
	for _, tc := range extractCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			pub := tc.published
			if pub == "" {
				pub = "2019-12-19"
			}
			day, err := ParseDate(pub)
			if err != nil {
				t.Fatal(err)
			}
			r := Extract(tc.text, day.Time)
			if !tc.killed.matches(r.Killed) {
				t.Errorf("killed = %s, want %s", show(r.Killed), tc.killed)
			}
			if !tc.wounded.matches(r.Wounded) {
				t.Errorf("wounded = %s, want %s", show(r.Wounded), tc.wounded)
			}
			if !tc.civilians.matches(r.KilledCivilians) {
				t.Errorf("killed_civilians = %s, want %s", show(r.KilledCivilians), tc.civilians)
			}
			if tc.relevant != nil && r.Relevant != *tc.relevant {
				t.Errorf("relevant = %v, want %v", r.Relevant, *tc.relevant)
			}
			for _, w := range tc.figures {
				if !slices.ContainsFunc(r.Casualties, w.matches) {
					t.Errorf("no casualty matches %+v", w)
				}
			}
			for _, n := range tc.cumul {
				if !slices.ContainsFunc(r.Cumulative, func(c Cumulative) bool { return c.Count == n }) {
					t.Errorf("cumulative %d not kept apart", n)
				}
			}
			if tc.govs != nil {
				got := r.Governorates()
				slices.Sort(got)
				want := slices.Sorted(slices.Values(tc.govs))
				if !slices.Equal(got, want) {
					t.Errorf("governorates = %v, want %v", got, want)
				}
			}
			if t.Failed() {
				b, _ := json.MarshalIndent(r.Casualties, "", "  ")
				t.Logf("Extract(%q):\n%s", tc.text, b)
			}
		})
	}
}

// TestExtractSeed checks the worked example of spec §6 on the real article.
func TestExtractSeed(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../../shared/corpus/seed-idlib.txt")
	if err != nil {
		t.Skipf("../shared is not beside the checkout (%v): the seed article is not available", err)
	}
	r := Extract(string(b), time.Date(2019, 12, 19, 0, 0, 0, 0, time.UTC))
	if show(r.Killed) != "78" || show(r.KilledCivilians) != "23" || r.Wounded != nil {
		t.Errorf("totals = killed %s, civilians %s, wounded %s; want 78, 23, null", show(r.Killed), show(r.KilledCivilians), show(r.Wounded))
	}
	if got := slices.Sorted(slices.Values(r.Governorates())); !slices.Equal(got, []string{"Aleppo", "Idlib"}) {
		t.Errorf("governorates = %v, want [Aleppo Idlib]", got)
	}
	want := []figureWant{
		{kind: Killed, count: 19, qual: Exact, side: Civilians, governorate: "Idlib", date: "2019-12-18", source: "Syrian Observatory"},
		{kind: Killed, count: 26, qual: AtLeast, side: Opposition, governorate: "Idlib", date: "2019-12-19", source: "Syrian Observatory"},
		{kind: Killed, count: 29, qual: Exact, side: Government, governorate: "Idlib", date: "2019-12-19", source: "Syrian Observatory"},
		{kind: Killed, count: 4, qual: AtLeast, side: Civilians, governorate: "Aleppo", date: "2019-12-19", source: "SANA"},
		{kind: Wounded, count: 3, qual: Vague, governorate: "Idlib", date: "2019-12-18"},
	}
	for _, w := range want {
		if !slices.ContainsFunc(r.Casualties, w.matches) {
			t.Errorf("no casualty matches %+v", w)
		}
	}
	if len(r.Casualties) != len(want) {
		t.Errorf("%d casualty entries, want %d (the vague lead is covered, the 19 told twice counts once)", len(r.Casualties), len(want))
	}
	if strings.Contains(Clean(string(b)), "Subscribe") {
		t.Errorf("Clean kept the paywall text")
	}
	if len(r.Cumulative) != 0 {
		t.Errorf("cumulative = %+v, want none", r.Cumulative)
	}
}

// TestExtractGolden renders whole reports for the articles in
// testdata/extract (texts written for these tests) against golden files.
func TestExtractGolden(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("testdata/extract/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata/extract: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			// the first line is the publication day
			day, body, _ := strings.Cut(string(text), "\n")
			pub, err := ParseDate(strings.TrimSpace(day))
			if err != nil {
				t.Fatalf("%s: first line: %v", file, err)
			}
			got, err := json.MarshalIndent(Extract(body, pub.Time), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(file, ".txt") + ".golden.json"
			if *updateGolden {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if string(want) != string(got)+"\n" {
				t.Errorf("Extract(%s) differs from %s:\n%s", file, golden, got)
			}
		})
	}
}

// TestExtractConcurrent runs Extract on many goroutines at once: the
// working buffers it keeps between articles must never mix two articles.
func TestExtractConcurrent(t *testing.T) {
	t.Parallel()
	pub := time.Date(2019, 12, 19, 0, 0, 0, 0, time.UTC)
	var texts []string
	for _, c := range extractCases {
		texts = append(texts, c.text)
	}
	texts = append(texts, syntheticArticle(64<<10))
	want := make([]Report, len(texts))
	for i, text := range texts {
		want[i] = Extract(text, pub)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 3 * len(texts) {
				i := (k + g*7) % len(texts)
				if got := Extract(texts[i], pub); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("concurrent Extract of text %d differs from a lone run", i)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestEvidenceBounded: a page run into one sentence gives each figure the
// words around its count, not the whole page.
func TestEvidenceBounded(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i := range 400 {
		fmt.Fprintf(&b, "shelling killed %d people in Douma and wounded %d others, ", i+5, i+3)
	}
	text := b.String()
	r := Extract(text, time.Date(2019, 12, 19, 0, 0, 0, 0, time.UTC))
	if len(r.Casualties) == 0 {
		t.Fatal("no casualties")
	}
	clean := Clean(text)
	for _, c := range r.Casualties {
		if len(c.Evidence) > maxEvidence || !strings.Contains(clean, c.Evidence) {
			t.Fatalf("evidence of %d bytes, in the text %v: %.80q…", len(c.Evidence), strings.Contains(clean, c.Evidence), c.Evidence)
		}
		if !strings.Contains(c.Evidence, fmt.Sprint(c.Count)) {
			t.Errorf("evidence for %d does not hold the count: %q", c.Count, c.Evidence)
		}
	}
}
