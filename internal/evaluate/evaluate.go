// Package evaluate scores the extractor against gold files in the corpus
// format (../shared/corpus/README.md): one JSON object a line with id,
// published, text, gold and meta.
package evaluate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// Row is one gold line.
type Row struct {
	ID        string          `json:"id"`
	Published string          `json:"published"`
	Text      string          `json:"text"`
	Gold      json.RawMessage `json:"gold"`
	Meta      struct {
		TextStatesGoldNumber bool `json:"text_states_gold_number"`
	} `json:"meta"`
}

// gold holds the fields a row may state; a nil pointer to a pointer means the
// row does not state the field at all.
type gold struct {
	Relevant        *bool
	Killed          **int
	Wounded         **int
	KilledCivilians **int
	Governorates    []string
	Locations       []string
}

func parseGold(raw json.RawMessage) (gold, error) {
	if len(raw) == 0 {
		return gold{}, nil // a row with no gold still scores relevance
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return gold{}, err
	}
	var g gold
	num := func(key string) (**int, error) {
		v, ok := m[key]
		if !ok {
			return nil, nil
		}
		var p *int
		if err := json.Unmarshal(v, &p); err != nil {
			return nil, fmt.Errorf("gold.%s: %w", key, err)
		}
		return &p, nil
	}
	var err error
	if g.Killed, err = num("killed"); err != nil {
		return g, err
	}
	if g.Wounded, err = num("wounded"); err != nil {
		return g, err
	}
	if g.KilledCivilians, err = num("killed_civilians"); err != nil {
		return g, err
	}
	if v, ok := m["relevant"]; ok {
		var b bool
		if err := json.Unmarshal(v, &b); err != nil {
			return g, fmt.Errorf("gold.relevant: %w", err)
		}
		g.Relevant = &b
	}
	if v, ok := m["governorate"]; ok {
		// a single name or a list
		var one string
		if json.Unmarshal(v, &one) == nil {
			if one != "" {
				g.Governorates = []string{one}
			}
		} else if err := json.Unmarshal(v, &g.Governorates); err != nil {
			return g, fmt.Errorf("gold.governorate: %w", err)
		}
	}
	if v, ok := m["locations"]; ok {
		if err := json.Unmarshal(v, &g.Locations); err != nil {
			return g, fmt.Errorf("gold.locations: %w", err)
		}
	}
	return g, nil
}

// Miss is one field the extractor got wrong, with the sentence behind its answer.
type Miss struct {
	ID, Field, Got, Want, Evidence string
}

// counter is an exact-match tally.
type counter struct{ Right, Total int }

func (c counter) String() string {
	if c.Total == 0 {
		return "n/a (no gold)"
	}
	return fmt.Sprintf("%5.1f%% (%d/%d)", 100*float64(c.Right)/float64(c.Total), c.Right, c.Total)
}

// Scores are the figures of one evaluation run.
type Scores struct {
	Rows                                       int
	Relevant, Killed, Wounded, KilledCivilians counter
	GovHits, GovPredicted, GovGold             int
	PlaceHits, PlaceGold                       int
	Misses                                     []Miss
}

// GovernoratePrecision, GovernorateRecall and GovernorateF1 are micro-averaged over rows.
func (s Scores) GovernoratePrecision() float64 { return ratio(s.GovHits, s.GovPredicted) }
func (s Scores) GovernorateRecall() float64    { return ratio(s.GovHits, s.GovGold) }
func (s Scores) GovernorateF1() float64 {
	p, r := s.GovernoratePrecision(), s.GovernorateRecall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
func (s Scores) PlaceRecall() float64 { return ratio(s.PlaceHits, s.PlaceGold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// Options choose the rows Run scores and the gold it scores them against.
type Options struct {
	// Strict keeps only rows whose text states the gold number.
	Strict bool
	// Labels, when set, replace the gold of the rows they name (by id),
	// and only those rows are scored: hand labels for a corpus file whose
	// own gold is thin (FA-KES gives a governorate only).
	Labels map[string]json.RawMessage
}

// ReadLabels reads hand labels, one {"id", "gold"} object a line.
func ReadLabels(r io.Reader, name string) (map[string]json.RawMessage, error) {
	labels := map[string]json.RawMessage{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l struct {
			ID   string          `json:"id"`
			Gold json.RawMessage `json:"gold"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("evaluate: %s:%d: %w", name, line, err)
		}
		if l.ID == "" || len(l.Gold) == 0 {
			return nil, fmt.Errorf("evaluate: %s:%d: want an id and a gold object", name, line)
		}
		if _, err := parseGold(l.Gold); err != nil {
			return nil, fmt.Errorf("evaluate: %s:%d (%s): %w", name, line, l.ID, err)
		}
		labels[l.ID] = l.Gold
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("evaluate: read %s: %w", name, err)
	}
	return labels, nil
}

// Run scores the rows of r that opts keep. A malformed line is an error
// naming its line number.
func Run(r io.Reader, name string, opts Options) (Scores, error) {
	var s Scores
	g := digest.DefaultGazetteer()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var row Row
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return s, fmt.Errorf("evaluate: %s:%d: %w", name, line, err)
		}
		if opts.Strict && !row.Meta.TextStatesGoldNumber {
			continue
		}
		if opts.Labels != nil {
			label, ok := opts.Labels[row.ID]
			if !ok {
				continue
			}
			row.Gold = label
		}
		gd, err := parseGold(row.Gold)
		if err != nil {
			return s, fmt.Errorf("evaluate: %s:%d (%s): %w", name, line, row.ID, err)
		}
		pub, err := time.Parse(time.DateOnly, row.Published)
		if err != nil {
			return s, fmt.Errorf("evaluate: %s:%d (%s): published %q: want YYYY-MM-DD", name, line, row.ID, row.Published)
		}
		s.score(row, gd, digest.Extract(row.Text, pub), g)
	}
	if err := sc.Err(); err != nil {
		return s, fmt.Errorf("evaluate: read %s: %w", name, err)
	}
	return s, nil
}

func (s *Scores) score(row Row, gd gold, rep digest.Report, g *digest.Gazetteer) {
	s.Rows++
	evidence := rep.Summary
	if len(rep.Casualties) > 0 {
		evidence = rep.Casualties[0].Evidence
	}
	miss := func(field, got, want string) {
		s.Misses = append(s.Misses, Miss{ID: row.ID, Field: field, Got: got, Want: want, Evidence: evidence})
	}
	wantRelevant := true
	if gd.Relevant != nil {
		wantRelevant = *gd.Relevant
	}
	s.Relevant.Total++
	if rep.Relevant == wantRelevant {
		s.Relevant.Right++
	} else {
		miss("relevant", fmt.Sprint(rep.Relevant), fmt.Sprint(wantRelevant))
	}
	exact := func(c *counter, field string, want **int, got *int) {
		if want == nil || (field == "wounded" && *want == nil) {
			return // not stated (UCDP codes no wounded)
		}
		c.Total++
		if equalCount(*want, got) {
			c.Right++
			return
		}
		miss(field, show(got), show(*want))
	}
	exact(&s.Killed, "killed", gd.Killed, rep.Killed)
	exact(&s.Wounded, "wounded", gd.Wounded, rep.Wounded)
	exact(&s.KilledCivilians, "killed_civilians", gd.KilledCivilians, rep.KilledCivilians)

	got := rep.Governorates()
	hits := 0
	for _, want := range gd.Governorates {
		if slices.Contains(got, want) {
			hits++
		}
	}
	s.GovGold += len(gd.Governorates)
	s.GovPredicted += len(got)
	s.GovHits += hits
	if len(gd.Governorates) > 0 && hits < len(gd.Governorates) {
		miss("governorate", strings.Join(got, ", "), strings.Join(gd.Governorates, ", "))
	}
	for _, loc := range gd.Locations {
		s.PlaceGold++
		if placeFound(loc, rep.Places, g) {
			s.PlaceHits++
		}
	}
}

// placeFound matches a gold location to a reported place by name or by the
// gazetteer point of any of its spellings.
func placeFound(loc string, places []digest.Place, g *digest.Gazetteer) bool {
	want, known := g.Lookup(loc)
	for _, p := range places {
		if strings.EqualFold(p.Name, loc) {
			return true
		}
		if known && math.Abs(p.Lat-want.Lat) < 0.02 && math.Abs(p.Lon-want.Lon) < 0.02 {
			return true
		}
	}
	return false
}

func equalCount(a, b *int) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func show(p *int) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}

// Print writes the scores and the misses.
func (s Scores) Print(w io.Writer) {
	fmt.Fprintf(w, "rows                  %d\n", s.Rows)
	fmt.Fprintf(w, "relevant              %s\n", s.Relevant)
	fmt.Fprintf(w, "killed exact          %s\n", s.Killed)
	fmt.Fprintf(w, "wounded exact         %s\n", s.Wounded)
	fmt.Fprintf(w, "killed_civilians      %s\n", s.KilledCivilians)
	fmt.Fprintf(w, "governorate precision %s\n", pct(s.GovernoratePrecision()))
	fmt.Fprintf(w, "governorate recall    %s\n", pct(s.GovernorateRecall()))
	fmt.Fprintf(w, "governorate F1        %s\n", pct(s.GovernorateF1()))
	fmt.Fprintf(w, "place recall          %s\n", pct(s.PlaceRecall()))
	if len(s.Misses) == 0 {
		return
	}
	fmt.Fprintf(w, "\nmisses (%d):\n", len(s.Misses))
	for _, m := range s.Misses {
		fmt.Fprintf(w, "- %s %s: got %s, want %s\n  evidence: %s\n", m.ID, m.Field, m.Got, m.Want, m.Evidence)
	}
}

func pct(f float64) string {
	if math.IsNaN(f) {
		return "n/a"
	}
	return fmt.Sprintf("%5.1f%%", 100*f)
}
