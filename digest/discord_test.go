package digest

import (
	"encoding/json"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/discordschema"
)

// discordSpecPath is Discord's OpenAPI document beside the checkout.
const discordSpecPath = "../../shared/spec/discord-openapi.json"

func TestEscapeMarkdown(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"*bold* _it_ ~~s~~ `c` ||sp||", `\*bold\* \_it\_ \~\~s\~\~ \` + "`c\\`" + ` \|\|sp\|\|`},
		{"[x](https://evil)", `\[x\]\(https://evil\)`},
		{"# head\n> quote\n- item\nal-Numan", "\\# head\n\\> quote\n\\- item\nal-Numan"},
		{"@everyone @here", "@\u200beveryone @\u200bhere"},
		{"<@123> <@!123> <@&9> <#42>", "<\u200b@\u200b123> <\u200b@\u200b!123> <\u200b@\u200b&9> <\u200b#42>"},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := EscapeMarkdown(tt.in); got != tt.want {
				t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// liveMention reports a sequence in s that Discord would parse as a mention.
func liveMention(s string) string {
	for _, m := range []string{"@everyone", "@here", "<@", "<#"} {
		if strings.Contains(s, m) {
			return m
		}
	}
	return ""
}

func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{"@everyone", "<@123>", "<@&1>", "<#1>", "*a*", "\\<@1>", "<<@@", "@@everyone", "\xff<@"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := EscapeMarkdown(s)
		if m := liveMention(got); m != "" {
			t.Errorf("EscapeMarkdown(%q) = %q: live %q", s, got, m)
		}
		if !utf8.ValidString(got) {
			t.Errorf("EscapeMarkdown(%q) = %q: invalid UTF-8", s, got)
		}
		if tr := Truncate(got, 50); chars(tr) > 50 || liveMention(tr) != "" || !utf8.ValidString(tr) {
			t.Errorf("Truncate(%q, 50) = %q", got, tr)
		}
	})
}

func TestTruncate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"short", 10, "short"},
		{"exactly", 7, "exactly"},
		{"too long text", 8, "too lon…"},
		{"ééééé", 3, "éé…"},
		{"a 🇸🇾 b", 4, "a 🇸…"},
		{"anything", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got := Truncate(tt.in, tt.limit)
			if got != tt.want || chars(got) > tt.limit || !utf8.ValidString(got) {
				t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}

func TestMessageValidate(t *testing.T) {
	t.Parallel()
	field := EmbedField{Name: "n", Value: "v"}
	many := func(n int, f EmbedField) []EmbedField {
		out := make([]EmbedField, n)
		for i := range out {
			out[i] = f
		}
		return out
	}
	tests := []struct {
		name string
		msg  Message
		ok   bool
	}{
		{"content", Message{Content: "hi"}, true},
		{"empty", Message{}, false},
		{"content 2000 code points", Message{Content: strings.Repeat("é", 2000)}, true},
		{"content 2001", Message{Content: strings.Repeat("a", 2001)}, false},
		{"mentions allowed", Message{Content: "hi", AllowedMentions: AllowedMentions{Parse: []string{"everyone"}}}, false},
		{"11 embeds", Message{Embeds: make([]Embed, 11)}, false},
		{"26 fields", Message{Embeds: []Embed{{Fields: many(26, field)}}}, false},
		{"blank field value", Message{Embeds: []Embed{{Fields: []EmbedField{{Name: "n", Value: " "}}}}}, false},
		{"field value 1025", Message{Embeds: []Embed{{Fields: []EmbedField{{Name: "n", Value: strings.Repeat("a", 1025)}}}}}, false},
		{"title 257", Message{Embeds: []Embed{{Title: strings.Repeat("a", 257)}}}, false},
		{"footer 2049", Message{Embeds: []Embed{{Title: "t", Footer: &EmbedFooter{Text: strings.Repeat("a", 2049)}}}}, false},
		{"6001 across embeds", Message{Embeds: []Embed{{Description: strings.Repeat("a", 4000)}, {Description: strings.Repeat("a", 2001)}}}, false},
		{"6000 across embeds", Message{Embeds: []Embed{{Description: strings.Repeat("a", 4000)}, {Description: strings.Repeat("a", 2000)}}}, true},
		{"colour out of range", Message{Embeds: []Embed{{Title: "t", Color: 1 << 24}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if err := tt.msg.Validate(); (err == nil) != tt.ok {
				t.Errorf("Validate() = %v, want ok %v", err, tt.ok)
			}
		})
	}
}

func TestAllowedMentionsMarshal(t *testing.T) {
	t.Parallel()
	b, err := json.Marshal(Message{Content: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"content":"x","allowed_mentions":{"parse":[]}}`; string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
}

// TestDiscordLargeDigest renders a digest of 500+ incidents: every message is
// valid against Discord's schema and within the limits the schema leaves
// out, no incident is split or lost, and nothing can mention anyone.
func TestDiscordLargeDigest(t *testing.T) {
	t.Parallel()
	d := Build(syntheticArticles(1800, 11, syntheticStart), nil, syntheticWindow, Filter{})
	if n := len(d.Incidents) + len(d.Vague); n < 500 {
		t.Fatalf("synthetic digest has %d incidents, want at least 500", n)
	}
	spec, err := discordschema.Load(discordSpecPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		t.Logf("Discord OpenAPI spec not present at %s: checking limits only", discordSpecPath)
	case err != nil:
		t.Fatal(err)
	}
	msgs := d.Discord()
	fields := 0
	for i, m := range msgs {
		if err := m.Validate(); err != nil {
			t.Errorf("message %d: %v", i, err)
		}
		body, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if spec != nil {
			if err := spec.Validate("MessageCreateRequest", body); err != nil {
				t.Errorf("message %d: %v", i, err)
			}
		}
		if mention := liveMention(strings.ReplaceAll(m.Content, "\u200b", "")); mention != "" && i > 0 {
			t.Errorf("message %d content has %q", i, mention)
		}
		for _, e := range m.Embeds {
			for _, f := range e.Fields {
				if s := liveMention(f.Name + f.Value); s != "" {
					t.Errorf("message %d field %q has a live %q", i, f.Name, s)
				}
				if strings.HasPrefix(e.Title, "Incidents") || strings.HasPrefix(e.Title, "Reported") {
					fields++
				}
			}
		}
	}
	if want := len(d.Incidents) + len(d.Vague); fields != want {
		t.Errorf("messages carry %d incident fields, want %d (one per incident)", fields, want)
	}
	if len(msgs) < 2 {
		t.Errorf("%d messages for %d incidents, want a split", len(msgs), fields)
	}
}
