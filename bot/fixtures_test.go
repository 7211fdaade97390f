package bot

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// testNow is the fixed clock of the command tests.
var testNow = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

// fixture describes a test article; the texts are written for these tests.
type fixture struct {
	id          int64
	ago         time.Duration // published this long before testNow
	feed, title string
	place, gov  string
	killed      int
	side        digest.Side
}

func (f fixture) article() digest.Article {
	pub := testNow.Add(-f.ago)
	killed := f.killed
	civ := 0
	if f.side == digest.Civilians {
		civ = killed
	}
	evidence := fmt.Sprintf("%d %s were killed in %s, the monitor said.", killed, f.side, f.place)
	return digest.Article{
		ID: f.id, Feed: f.feed, Title: f.title,
		Link:      fmt.Sprintf("https://news.example/%d", f.id),
		Published: pub, FirstSeen: pub,
		Fingerprint: digest.Fingerprint(fmt.Sprintf("%d %s %s", f.id, f.title, evidence)),
		Report: digest.Report{
			Relevant: true, Published: digest.DateOf(pub),
			Killed: &killed, KilledCivilians: &civ,
			Casualties: []digest.Casualty{{
				Kind: digest.Killed, Count: killed, Qualifier: digest.Exact, Side: f.side,
				Place: f.place, Governorate: f.gov, Date: digest.DateOf(pub),
				Source: "Observatory", Evidence: evidence,
			}},
			Places:  []digest.Place{{Name: f.place, Governorate: f.gov}},
			Summary: evidence,
		},
	}
}

// fixtures are a few days of reports, newest last.
var fixtures = []fixture{
	{1, 20 * 24 * time.Hour, "Wire One", "Shelling hits Douma market", "Douma", "Rif Dimashq", 7, digest.Civilians},
	{2, 5 * 24 * time.Hour, "Wire Two", "Clashes south of Maarat al-Numan", "Maarat al-Numan", "Idlib", 26, digest.Opposition},
	{3, 30 * time.Hour, "Wire One", "Air strike on Idlib city", "Idlib", "Idlib", 19, digest.Civilians},
	{4, 10 * time.Hour, "Wire Three", "Rockets fall on Aleppo *again* @everyone", "Aleppo", "Aleppo", 4, digest.Civilians},
	{5, 3 * time.Hour, "Wire Two", "Car bomb in Douma", "Douma", "Rif Dimashq", 12, digest.Civilians},
	{6, 1 * time.Hour, "Wire One", "Soldiers killed near Aleppo", "Aleppo", "Aleppo", 9, digest.Government},
}

func fixtureStore() *fakeStore {
	s := newFakeStore()
	for _, f := range fixtures {
		s.add(f.article())
	}
	s.feeds = []digest.FeedStatus{
		{Name: "Wire One", URL: "https://one.example/rss", LastSuccess: testNow.Add(-5 * time.Minute), Items: 40, Reports: 3},
		{Name: "Wire Two", URL: "https://two.example/rss", LastSuccess: testNow.Add(-26 * time.Hour), Failures: 3,
			LastError: "HTTP 503", Items: 12, Reports: 2},
	}
	return s
}

func testDeps(s *fakeStore) Deps {
	return Deps{Store: s, Gazetteer: fakeGazetteer{}, Now: func() time.Time { return testNow }}
}

func jsonIndent(v any) ([]byte, error) { return json.MarshalIndent(v, "", "  ") }
