package bot

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/digest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func newTestHandler(t *testing.T, s *fakeStore) *Handler {
	t.Helper()
	h, err := NewHandler(Config{DefaultDigestTime: "07:30", DefaultTimezone: "Asia/Damascus"}, testDeps(s), nil)
	if err != nil {
		t.Fatalf("NewHandler: %v", err)
	}
	return h
}

func req(command string, opts map[string]any) Request {
	if opts == nil {
		opts = map[string]any{}
	}
	return Request{Command: command, Options: opts, GuildID: "g1", ChannelID: "c1", UserID: "u1", Permissions: permManageChannels}
}

func TestHandleRefusesWithAdvice(t *testing.T) {
	t.Parallel()
	noPerm := req(cmdSubscribe, nil)
	noPerm.Permissions = 0
	inDM := req(cmdUnsubscribe, nil)
	inDM.GuildID = ""
	tests := []struct {
		name string
		req  Request
		want string // in the user's message
	}{
		{"count too high", req(cmdLatest, map[string]any{"count": int64(11)}), "between 1 and 10"},
		{"unknown governorate", req(cmdLatest, map[string]any{"governorate": "Gaza"}), "pick one of the choices"},
		{"unknown place", req(cmdWhere, map[string]any{"place": "Atlantis"}), "Pick one of the suggestions"},
		{"bad period", req(cmdDigest, map[string]any{"period": "1y"}), "24h, 7d or 30d"},
		{"subscribe without permission", noPerm, "Manage Channels"},
		{"unsubscribe in a DM", inDM, "server channel"},
		{"bad time", req(cmdSubscribe, map[string]any{"time": "25:00"}), "HH:MM"},
		{"bad timezone", req(cmdSubscribe, map[string]any{"timezone": "Mars/Olympus"}), "IANA name"},
		{"nothing to unsubscribe", req(cmdUnsubscribe, nil), "no subscription"},
		{"unknown command", req("nope", nil), "/about"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newTestHandler(t, fixtureStore())
			_, err := h.Handle(t.Context(), tc.req)
			var ue *UserError
			if !errors.As(err, &ue) {
				t.Fatalf("Handle(%s) error = %v, want a *UserError", tc.req.Command, err)
			}
			if !strings.Contains(ue.Msg, tc.want) {
				t.Errorf("Handle(%s) = %q, want it to contain %q", tc.req.Command, ue.Msg, tc.want)
			}
		})
	}
}

func TestLatest(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		opts   map[string]any
		titles []string
	}{
		{"default five, newest first", nil, []string{"Soldiers killed near Aleppo", "Car bomb in Douma",
			"Rockets fall on Aleppo *again* @everyone", "Air strike on Idlib city", "Clashes south of Maarat al-Numan"}},
		{"count and governorate", map[string]any{"count": int64(1), "governorate": "Rif Dimashq"}, []string{"Car bomb in Douma"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			resp, err := newTestHandler(t, fixtureStore()).Handle(t.Context(), req(cmdLatest, tc.opts))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range resp.Items {
				got = append(got, it.Title)
			}
			if strings.Join(got, "|") != strings.Join(tc.titles, "|") {
				t.Errorf("latest titles = %q, want %q", got, tc.titles)
			}
		})
	}
}

func TestWhereResolvesSpellingVariants(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"Douma", "duma"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			resp, err := newTestHandler(t, fixtureStore()).Handle(t.Context(), req(cmdWhere, map[string]any{"place": name}))
			if err != nil {
				t.Fatal(err)
			}
			if len(resp.Items) != 2 {
				t.Fatalf("where %s: %d incidents, want 2 (the car bomb and the market shelling)", name, len(resp.Items))
			}
			if !strings.HasPrefix(resp.Title, "Incidents at Douma, Rif Dimashq") {
				t.Errorf("where %s title = %q", name, resp.Title)
			}
		})
	}
}

func TestCasualtiesFiltersAndTotals(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		opts       map[string]any
		wantKilled int
	}{
		{"24h", nil, 12 + 4 + 9},
		{"7d", map[string]any{"period": "7d"}, 12 + 4 + 9 + 19 + 26},
		{"7d Idlib", map[string]any{"period": "7d", "governorate": "Idlib"}, 19 + 26},
		{"30d at a variant of Douma", map[string]any{"period": "30d", "place": "Duma"}, 7 + 12},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			resp, err := newTestHandler(t, fixtureStore()).Handle(t.Context(), req(cmdCasualties, tc.opts))
			if err != nil {
				t.Fatal(err)
			}
			if resp.Digest == nil || resp.Digest.Totals.Killed != tc.wantKilled {
				t.Fatalf("casualties %v: digest %+v, want %d killed", tc.opts, resp.Digest, tc.wantKilled)
			}
		})
	}
}

func TestSubscribeUnsubscribe(t *testing.T) {
	t.Parallel()
	s := fixtureStore()
	h := newTestHandler(t, s)
	ctx := t.Context()
	resp, err := h.Handle(ctx, req(cmdSubscribe, map[string]any{"governorate": "Idlib", "alerts": true, "min_killed": int64(20)}))
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Ephemeral {
		t.Errorf("subscribe confirmation is public, want ephemeral")
	}
	subs, _ := s.Subscriptions(ctx, "g1")
	want := digest.Subscription{ID: 1, GuildID: "g1", ChannelID: "c1", Time: "07:30", Timezone: "Asia/Damascus",
		Governorate: "Idlib", Alerts: true, MinKilled: 20, CreatedBy: "u1", CreatedAt: subs[0].CreatedAt}
	if len(subs) != 1 || subs[0] != want {
		t.Fatalf("subscriptions = %+v, want [%+v]", subs, want)
	}
	list, err := h.Handle(ctx, req(cmdSubscriptions, nil))
	if err != nil || len(list.Items) != 1 || !strings.Contains(list.Text(), "Daily at 07:30 (Asia/Damascus), Idlib only") {
		t.Errorf("subscriptions = %q, %v", list.Text(), err)
	}
	if _, err := h.Handle(ctx, req(cmdUnsubscribe, nil)); err != nil {
		t.Fatal(err)
	}
	if subs, _ := s.Subscriptions(ctx, ""); len(subs) != 0 {
		t.Errorf("after /unsubscribe: %+v, want none", subs)
	}
}

func TestComplete(t *testing.T) {
	t.Parallel()
	h := newTestHandler(t, fixtureStore())
	got := h.Complete(cmdWhere, "place", "maaret")
	if len(got) != 1 || got[0].Value != "Maarat al-Numan" || got[0].Name != "Maarat al-Numan (Idlib)" {
		t.Errorf("Complete(maaret) = %+v, want Maarat al-Numan", got)
	}
	if got := h.Complete(cmdLatest, "governorate", "Id"); got != nil {
		t.Errorf("Complete of a choices option = %+v, want nil", got)
	}
}

// TestGolden pins the text and Discord renderings of answers.
func TestGolden(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		req  Request
	}{
		{"latest", req(cmdLatest, map[string]any{"count": int64(3)})},
		{"where", req(cmdWhere, map[string]any{"place": "Douma"})},
		{"sources", req(cmdSources, nil)},
		{"about", req(cmdAbout, nil)},
		{"digest", req(cmdDigest, nil)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			resp, err := newTestHandler(t, fixtureStore()).Handle(t.Context(), tc.req)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name+".txt", []byte(resp.Text()))
			var b strings.Builder
			for _, m := range resp.Discord() {
				if err := m.Validate(); err != nil {
					t.Errorf("Discord message invalid: %v", err)
				}
				body, _ := jsonIndent(m)
				b.Write(body)
				b.WriteByte('\n')
			}
			golden(t, tc.name+".discord.json", []byte(b.String()))
		})
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -run TestGolden -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file (go test ./bot -run TestGolden -update):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func TestWhereCountsFiguresFiledUnderAVariant(t *testing.T) {
	t.Parallel()
	s := newFakeStore(
		fixture{1, 2 * time.Hour, "Wire One", "Strike on Duma", "Duma", "Rif Dimashq", 3, digest.Civilians}.article(),
		fixture{2, 5 * 24 * time.Hour, "Wire Two", "Shelling of Douma", "Douma", "Rif Dimashq", 5, digest.Civilians}.article(),
		fixture{3, 2 * time.Hour, "Wire Two", "Clash in Idlib", "Idlib", "Idlib", 8, digest.Opposition}.article(),
	)
	resp, err := newTestHandler(t, s).Handle(t.Context(), req(cmdWhere, map[string]any{"place": "Douma"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Items) != 2 || !strings.Contains(resp.Body, "8 killed") {
		t.Errorf("where Douma = %q with %d incidents, want both Douma spellings (8 killed)", resp.Body, len(resp.Items))
	}
	if s.articles[0].Report.Casualties[0].Place != "Duma" && s.articles[1].Report.Casualties[0].Place != "Duma" {
		t.Errorf("the stored article was modified")
	}
}
