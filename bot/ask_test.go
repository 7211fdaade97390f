package bot

import (
	"errors"
	"strings"
	"testing"
)

func TestAsk(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		args    []string
		want    string // in the output
		wantErr string // in the error
	}{
		{"latest with count", []string{"latest", "--count", "2"}, "* Car bomb in Douma", ""},
		{"where as words", []string{"where", "Maaret", "al-Numan"}, "Incidents at Maarat al-Numan, Idlib", ""},
		{"slash prefix", []string{"/about"}, "Data credits", ""},
		{"casualties flags", []string{"casualties", "--period", "7d", "--governorate", "Idlib"}, "Totals: 45 killed", ""},
		{"help", nil, "usage: ask COMMAND", ""},
		{"unknown command", []string{"weather"}, "", "unknown command"},
		{"bad flag", []string{"latest", "--colour", "red"}, "", "--count --governorate"},
		{"missing place", []string{"where"}, "", "place is required"},
		{"user error", []string{"latest", "--count", "50"}, "", "between 1 and 10"},
		{"subscribe needs Discord", []string{"subscribe"}, "", "server channel"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var out strings.Builder
			err := Ask(t.Context(), Config{}, testDeps(fixtureStore()), tc.args, &out)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("Ask(%q) error = %v, want one containing %q", tc.args, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Ask(%q): %v", tc.args, err)
			}
			if !strings.Contains(out.String(), tc.want) {
				t.Errorf("Ask(%q) printed:\n%s\nwant it to contain %q", tc.args, out.String(), tc.want)
			}
		})
	}
}

func TestAskUserErrorsKeepTheirType(t *testing.T) {
	t.Parallel()
	err := Ask(t.Context(), Config{}, testDeps(fixtureStore()), []string{"where", "Atlantis"}, &strings.Builder{})
	var ue *UserError
	if !errors.As(err, &ue) {
		t.Errorf("Ask(where Atlantis) = %v, want a *UserError the CLI can print as advice", err)
	}
}
