package discordschema

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
)

// specPath is Discord's OpenAPI document in the checkout's sibling shared/ dir.
const specPath = "../../../shared/spec/discord-openapi.json"

func loadSpec(t *testing.T) *Spec {
	t.Helper()
	s, err := Load(specPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("Discord OpenAPI spec not present at %s", specPath)
	}
	if err != nil {
		t.Fatalf("Load(%q): %v", specPath, err)
	}
	return s
}

func TestValidate(t *testing.T) {
	t.Parallel()
	s := loadSpec(t)
	long := strings.Repeat("é", 257) // 257 code points, 514 bytes
	tests := []struct {
		name      string
		component string
		body      string
		wantErr   bool
	}{
		{"message with embed", "MessageCreateRequest",
			`{"content":"hi","embeds":[{"title":"t","url":"https://example.com/a","color":255,"fields":[{"name":"n","value":"v","inline":true}],"footer":{"text":"f"},"timestamp":"2024-01-02T03:04:05Z"}],"allowed_mentions":{"parse":[]}}`, false},
		{"embed title over 256 code points", "MessageCreateRequest",
			`{"embeds":[{"title":"` + long + `"}]}`, true},
		{"title of 256 multibyte code points", "MessageCreateRequest",
			`{"embeds":[{"title":"` + long[len("é"):] + `"}]}`, false},
		{"field without value", "MessageCreateRequest",
			`{"embeds":[{"fields":[{"name":"n"}]}]}`, true},
		{"eleven embeds", "MessageCreateRequest",
			`{"embeds":[{},{},{},{},{},{},{},{},{},{},{}]}`, true},
		{"unknown mention type", "MessageCreateRequest",
			`{"allowed_mentions":{"parse":["nobody"]}}`, true},
		{"embed url not a URI", "MessageCreateRequest",
			`{"embeds":[{"url":"not a url"}]}`, true},
		{"command with string permissions", "ApplicationCommandCreateRequest",
			`{"name":"digest","description":"d","default_member_permissions":"8"}`, false},
		{"command with integer permissions", "ApplicationCommandCreateRequest",
			`{"name":"digest","description":"d","default_member_permissions":8}`, false},
		{"command with non-numeric permissions", "ApplicationCommandCreateRequest",
			`{"name":"digest","description":"d","default_member_permissions":"admin"}`, true},
		{"not JSON", "MessageCreateRequest", `{`, true},
		{"unknown component", "NoSuchThing", `{}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := s.Validate(tt.component, []byte(tt.body))
			if (err != nil) != tt.wantErr {
				t.Errorf("Validate(%s, %s) = %v, want error %v", tt.component, tt.body, err, tt.wantErr)
			}
		})
	}
}

func TestLoadMissing(t *testing.T) {
	t.Parallel()
	if _, err := Load(t.TempDir() + "/absent.json"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(absent) = %v, want fs.ErrNotExist", err)
	}
}
