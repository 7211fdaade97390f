package digest

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Discord's message limits, in Unicode code points as Discord counts them.
// The OpenAPI schema encodes some of them; Message.Validate checks them all.
const (
	MaxContent          = 2000
	MaxEmbeds           = 10
	MaxEmbedTitle       = 256
	MaxEmbedDescription = 4096
	MaxEmbedFields      = 25
	MaxFieldName        = 256
	MaxFieldValue       = 1024
	MaxFooter           = 2048
	MaxEmbedsTotal      = 6000 // across every embed of one message
	MaxColor            = 0xFFFFFF
)

// Message is the body of POST /channels/{id}/messages (Discord's
// MessageCreateRequest), and of an interaction reply's data.
type Message struct {
	Content         string          `json:"content,omitempty"`
	Embeds          []Embed         `json:"embeds,omitempty"`
	AllowedMentions AllowedMentions `json:"allowed_mentions"`
	Flags           int             `json:"flags,omitempty"` // 64 = ephemeral, for interaction replies
}

// Embed is a rich embed of a message.
type Embed struct {
	Title       string       `json:"title,omitempty"`
	Description string       `json:"description,omitempty"`
	URL         string       `json:"url,omitempty"`
	Color       int          `json:"color,omitempty"`
	Fields      []EmbedField `json:"fields,omitempty"`
	Footer      *EmbedFooter `json:"footer,omitempty"`
	Timestamp   string       `json:"timestamp,omitempty"` // RFC 3339
}

// EmbedField is a name and value shown as a block of an embed.
type EmbedField struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline,omitempty"`
}

// EmbedFooter is the small text under an embed.
type EmbedFooter struct {
	Text string `json:"text"`
}

// AllowedMentions says which mentions in a message may notify anyone. Parse
// always marshals as a list, so that the zero value means "none" rather than
// Discord's default of "every mention in the text".
type AllowedMentions struct {
	Parse []string `json:"parse"`
}

func (a AllowedMentions) MarshalJSON() ([]byte, error) {
	type plain AllowedMentions
	if a.Parse == nil {
		a.Parse = []string{}
	}
	return json.Marshal(plain(a))
}

// chars is the length of s as Discord counts it.
func chars(s string) int { return utf8.RuneCountInString(s) }

// size is how many characters an embed adds to its message's 6000.
func (e Embed) size() int {
	n := chars(e.Title) + chars(e.Description)
	for _, f := range e.Fields {
		n += chars(f.Name) + chars(f.Value)
	}
	if e.Footer != nil {
		n += chars(e.Footer.Text)
	}
	return n
}

// Validate checks m against every Discord limit, including those the OpenAPI
// schema does not encode (content 2000, 6000 across embeds, non-empty fields)
// and sitrep's own rule that no mention may notify anyone.
func (m Message) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if m.Content == "" && len(m.Embeds) == 0 {
		bad("empty message")
	}
	if n := chars(m.Content); n > MaxContent {
		bad("content has %d characters, limit %d", n, MaxContent)
	}
	if len(m.AllowedMentions.Parse) != 0 {
		bad("allowed_mentions.parse = %v, want []", m.AllowedMentions.Parse)
	}
	if len(m.Embeds) > MaxEmbeds {
		bad("%d embeds, limit %d", len(m.Embeds), MaxEmbeds)
	}
	total := 0
	for i, e := range m.Embeds {
		total += e.size()
		if e.size() == 0 {
			bad("embed %d is empty", i)
		}
		if n := chars(e.Title); n > MaxEmbedTitle {
			bad("embed %d title has %d characters, limit %d", i, n, MaxEmbedTitle)
		}
		if n := chars(e.Description); n > MaxEmbedDescription {
			bad("embed %d description has %d characters, limit %d", i, n, MaxEmbedDescription)
		}
		if len(e.Fields) > MaxEmbedFields {
			bad("embed %d has %d fields, limit %d", i, len(e.Fields), MaxEmbedFields)
		}
		if e.Color < 0 || e.Color > MaxColor {
			bad("embed %d color %d out of range", i, e.Color)
		}
		if e.Footer != nil {
			if n := chars(e.Footer.Text); n > MaxFooter {
				bad("embed %d footer has %d characters, limit %d", i, n, MaxFooter)
			}
		}
		for j, f := range e.Fields {
			if strings.TrimSpace(f.Name) == "" || strings.TrimSpace(f.Value) == "" {
				bad("embed %d field %d: name and value must not be blank", i, j)
			}
			if n := chars(f.Name); n > MaxFieldName {
				bad("embed %d field %d name has %d characters, limit %d", i, j, n, MaxFieldName)
			}
			if n := chars(f.Value); n > MaxFieldValue {
				bad("embed %d field %d value has %d characters, limit %d", i, j, n, MaxFieldValue)
			}
		}
	}
	if total > MaxEmbedsTotal {
		bad("embeds have %d characters together, limit %d", total, MaxEmbedsTotal)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("digest: discord message: %w", err)
	}
	return nil
}

// Truncate shortens s to at most limit code points, ending with an ellipsis
// when it cut, and never splitting a code point.
func Truncate(s string, limit int) string {
	if chars(s) <= limit {
		return s
	}
	if limit <= 0 {
		return ""
	}
	cut, n := 0, 0
	for i := range s {
		if n == limit-1 {
			cut = i
			break
		}
		n++
	}
	return strings.TrimRight(s[:cut], " \n") + "…"
}

// zwsp is a zero-width space: placed after '@' or '<' it keeps the text
// readable but stops Discord parsing a mention.
const zwsp = "\u200b"

// EscapeMarkdown makes outside text (titles, outlet names, evidence) safe to
// put in a Discord message: markdown characters are backslash-escaped so they
// show as typed, and mentions (@everyone, @here, <@id>, <@&id>, <#id>) are
// broken with a zero-width space so none can notify anyone, even if
// allowed_mentions were ever lost.
func EscapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for i, r := range s {
		switch {
		case r == '@':
			b.WriteString("@" + zwsp)
		case r == '<' && i+1 < len(s) && (s[i+1] == '@' || s[i+1] == '#'):
			b.WriteString("<" + zwsp)
		case strings.ContainsRune(`\*_~`+"`"+`|[]()`, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case lineStart && strings.ContainsRune("#>-+", r):
			// headings, quotes and lists only start a line
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		if r == '\n' {
			lineStart = true
		} else if r != ' ' && r != '\t' {
			lineStart = false
		}
	}
	return b.String()
}
