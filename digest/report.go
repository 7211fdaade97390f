// Package digest is sitrep's domain: it turns the text of a Syria report into
// casualty figures (Extract), reports into incidents, and incidents into
// digests and their renderings. It imports no network, SQL or Discord code and
// never reads the clock: callers pass the times it needs.
package digest

import (
	"encoding/json"
	"fmt"
	"time"
)

// Kind says what happened to the people a figure counts.
type Kind string

const (
	Killed  Kind = "killed"
	Wounded Kind = "wounded"
)

// Qualifier says how exact a figure is (spec §2).
type Qualifier string

const (
	Exact       Qualifier = "exact"
	AtLeast     Qualifier = "at_least"
	MoreThan    Qualifier = "more_than"
	Approximate Qualifier = "approximate"
	Range       Qualifier = "range"
	Vague       Qualifier = "vague"
)

// Side is who was hit (spec §3).
type Side string

const (
	Civilians    Side = "civilians"
	Government   Side = "government"
	Opposition   Side = "opposition"
	IslamicState Side = "islamic_state"
	Kurdish      Side = "kurdish"
	Foreign      Side = "foreign"
	Unknown      Side = "unknown"
)

// Sides lists every side in the order digests show them.
var Sides = []Side{Civilians, Government, Opposition, IslamicState, Kurdish, Foreign, Unknown}

// Date is a calendar day. Its zero value marshals as JSON null.
type Date struct{ time.Time }

// DateOf returns the day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// ParseDate reads a YYYY-MM-DD day.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("digest: date %q: want YYYY-MM-DD", s)
	}
	return Date{t}, nil
}

func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}

func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("digest: date: %w", err)
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// Casualty is one counted figure: one incident and side after merging (spec §7).
type Casualty struct {
	Kind      Kind      `json:"kind"`
	Count     int       `json:"count"`
	High      *int      `json:"high"`
	Qualifier Qualifier `json:"qualifier"`
	Side      Side      `json:"side"`
	// Civilians is the civilian subset of a figure whose side is not
	// civilians ("eight people, including three children" → 3).
	Civilians   *int   `json:"civilians,omitempty"`
	Label       string `json:"label"`
	Place       string `json:"place"`
	Governorate string `json:"governorate"`
	Date        Date   `json:"date"`
	Source      string `json:"source"`
	Evidence    string `json:"evidence"`
}

// Cumulative is a war-wide or long-span figure, kept apart from every total.
type Cumulative struct {
	Kind     Kind   `json:"kind"`
	Count    int    `json:"count"`
	Evidence string `json:"evidence"`
}

// Place is a gazetteer place named by a report.
type Place struct {
	Name        string  `json:"name"`
	Governorate string  `json:"governorate"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
}

// Report is what one article says (spec §7).
type Report struct {
	Relevant        bool         `json:"relevant"`
	Published       Date         `json:"published"`
	Killed          *int         `json:"killed"`
	Wounded         *int         `json:"wounded"`
	KilledCivilians *int         `json:"killed_civilians"`
	Casualties      []Casualty   `json:"casualties"`
	Cumulative      []Cumulative `json:"cumulative"`
	Places          []Place      `json:"places"`
	Summary         string       `json:"summary"`
}

// Governorates returns the distinct governorates of the report's places, in order of first mention.
func (r Report) Governorates() []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range r.Places {
		if p.Governorate != "" && !seen[p.Governorate] {
			seen[p.Governorate] = true
			out = append(out, p.Governorate)
		}
	}
	return out
}
