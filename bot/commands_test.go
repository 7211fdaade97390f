package bot

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// nameRule is Discord's rule for command and option names (CHAT_INPUT).
var nameRule = regexp.MustCompile(`^[-_'\p{L}\p{N}]{1,32}$`)

// checkCommand applies Discord's rules the OpenAPI schema does not encode.
func checkCommand(c Command) error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("/%s: "+format, append([]any{c.Name}, args...)...))
	}
	checkName := func(what, name string) {
		if !nameRule.MatchString(name) || strings.ToLower(name) != name {
			bad("%s name %q breaks ^[-_'\\p{L}\\p{N}]{1,32}$ lower-case", what, name)
		}
	}
	checkDesc := func(what, d string) {
		if n := utf8.RuneCountInString(d); n < 1 || n > 100 {
			bad("%s description has %d characters, want 1-100", what, n)
		}
	}
	checkName("command", c.Name)
	checkDesc("command", c.Description)
	if len(c.Options) > 25 {
		bad("%d options, limit 25", len(c.Options))
	}
	seen := map[string]bool{}
	requiredDone := false
	for _, o := range c.Options {
		checkName("option", o.Name)
		checkDesc("option "+o.Name, o.Description)
		if seen[o.Name] {
			bad("option %s twice", o.Name)
		}
		seen[o.Name] = true
		if o.Required && requiredDone {
			bad("required option %s after an optional one", o.Name)
		}
		requiredDone = requiredDone || !o.Required
		if len(o.Choices) > 25 {
			bad("option %s has %d choices, limit 25", o.Name, len(o.Choices))
		}
		if o.Autocomplete && len(o.Choices) > 0 {
			bad("option %s has both autocomplete and choices", o.Name)
		}
		for _, ch := range o.Choices {
			if n := utf8.RuneCountInString(ch.Name); n < 1 || n > 100 {
				bad("option %s choice %q: name has %d characters, want 1-100", o.Name, ch.Name, n)
			}
		}
	}
	return errors.Join(errs...)
}

func TestCommandsFollowDiscordRules(t *testing.T) {
	t.Parallel()
	spec, err := loadSpec()
	if err != nil {
		t.Fatalf("discordschema.Load(%q): %v", specPath, err)
	}
	cmds := Commands()
	if len(cmds) > 100 {
		t.Fatalf("%d commands, Discord allows 100", len(cmds))
	}
	names := map[string]bool{}
	for _, c := range cmds {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			if err := checkCommand(c); err != nil {
				t.Error(err)
			}
			body, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			if spec == nil {
				t.Skipf("Discord OpenAPI spec not present at %s", specPath)
			}
			for _, component := range []string{"ApplicationCommandCreateRequest", "ApplicationCommandUpdateRequest"} {
				if err := spec.Validate(component, body); err != nil {
					t.Errorf("%s: %v\n%s", component, err, body)
				}
			}
		})
		if names[c.Name] {
			t.Errorf("command %s defined twice", c.Name)
		}
		names[c.Name] = true
	}
	for _, want := range []string{"latest", "casualties", "digest", "where", "subscribe", "unsubscribe", "subscriptions", "sources", "about"} {
		if !names[want] {
			t.Errorf("Commands() lacks /%s", want)
		}
	}
}

func TestCheckCommandCatchesBrokenDefinitions(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 101)
	many := make([]Option, 26)
	for i := range many {
		many[i] = Option{Type: optString, Name: fmt.Sprintf("o%d", i), Description: "d"}
	}
	tests := []struct {
		name string
		cmd  Command
	}{
		{"upper-case name", Command{Name: "Latest", Description: "d"}},
		{"space in name", Command{Name: "la test", Description: "d"}},
		{"name over 32", Command{Name: strings.Repeat("a", 33), Description: "d"}},
		{"empty description", Command{Name: "a"}},
		{"description over 100", Command{Name: "a", Description: long}},
		{"26 options", Command{Name: "a", Description: "d", Options: many}},
		{"required after optional", Command{Name: "a", Description: "d", Options: []Option{
			{Type: optString, Name: "x", Description: "d"}, {Type: optString, Name: "y", Description: "d", Required: true}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if err := checkCommand(tc.cmd); err == nil {
				t.Errorf("checkCommand(%+v) = nil, want an error", tc.cmd)
			}
		})
	}
}

func TestGovernorateOptionsOfferAll14(t *testing.T) {
	t.Parallel()
	for _, c := range Commands() {
		for _, o := range c.Options {
			if o.Name == "governorate" && len(o.Choices) != 14 {
				t.Errorf("/%s governorate has %d choices, want the 14 governorates", c.Name, len(o.Choices))
			}
		}
	}
}

func TestManagingSubscriptionsNeedsManageChannels(t *testing.T) {
	t.Parallel()
	for _, c := range Commands() {
		want := c.Name == cmdSubscribe || c.Name == cmdUnsubscribe
		got := c.DefaultMemberPermissions != nil && *c.DefaultMemberPermissions == "16"
		if got != want {
			t.Errorf("/%s default_member_permissions = %v, want \"16\": %v", c.Name, c.DefaultMemberPermissions, want)
		}
	}
	body, _ := json.Marshal(Commands())
	if !strings.Contains(string(body), `"default_member_permissions":"16"`) {
		t.Errorf("default_member_permissions is not the string \"16\" on the wire: %s", body)
	}
}

func TestSameCommandsIgnoresOrderAndServerFields(t *testing.T) {
	t.Parallel()
	want := Commands()
	// What Discord returns: other order, extra fields the bot does not set.
	var served []map[string]any
	body, _ := json.Marshal(want)
	if err := json.Unmarshal(body, &served); err != nil {
		t.Fatal(err)
	}
	for i, c := range served {
		c["id"], c["version"], c["application_id"], c["nsfw"] = fmt.Sprint(i), "1", fakeAppID, false
	}
	served[0], served[len(served)-1] = served[len(served)-1], served[0]
	body, _ = json.Marshal(served)
	var have []Command
	if err := json.Unmarshal(body, &have); err != nil {
		t.Fatal(err)
	}
	if !sameCommands(have, want) {
		t.Errorf("sameCommands(served, Commands()) = false, want true")
	}
	have[0].Description += "!"
	if sameCommands(have, want) {
		t.Errorf("sameCommands after a changed description = true, want false")
	}
	if sameCommands(have[1:], want) {
		t.Errorf("sameCommands with a command missing = true, want false")
	}
}
