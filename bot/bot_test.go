package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// testToken is a recognisable fake token: it must never reach a log or an error.
const testToken = "MTA5ODc2NTQzMjEwOTg3NjU0.Gsitrep.FAKE-TOKEN-must-not-leak"

// syncBuffer is a log sink safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// newTestBot builds a bot on the fake API, its clock fixed at testNow; logs
// go to the returned buffer at debug level.
func newTestBot(t testing.TB, fd *fakeDiscord, store Store, cfg Config) (*Bot, *syncBuffer) {
	t.Helper()
	return newTestBotAt(t, fd, store, cfg, func() time.Time { return testNow })
}

func newTestBotAt(t testing.TB, fd *fakeDiscord, store Store, cfg Config, now func() time.Time) (*Bot, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	logger := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cfg.Token, cfg.APIBase = testToken, fd.srv.URL
	b, err := New(cfg, Deps{Store: store, Gazetteer: fakeGazetteer{}, Now: now}, logger)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	b.rest.backoff = time.Millisecond
	t.Cleanup(func() {
		if strings.Contains(logs.String(), "FAKE-TOKEN") {
			t.Errorf("the token reached the log:\n%s", logs)
		}
	})
	return b, logs
}

// runBot runs b until the test ends and waits for its IDENTIFY.
func runBot(t testing.TB, fd *fakeDiscord, b *Bot) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- b.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-errc; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	fd.waitIdentified()
}

// interaction is an INTERACTION_CREATE payload as Discord sends it.
func interaction(id string, typ int, command string, perms string, options ...map[string]any) map[string]any {
	return map[string]any{
		"id": id, "application_id": fakeAppID, "type": typ, "token": "itok-" + id, "version": 1,
		"guild_id": "g1", "channel_id": "c1",
		"member": map[string]any{"user": map[string]any{"id": "u1", "username": "user"}, "permissions": perms},
		"data":   map[string]any{"id": "cmd-" + command, "name": command, "type": 1, "options": options},
	}
}

func opt(name string, typ int, value any) map[string]any {
	return map[string]any{"name": name, "type": typ, "value": value}
}

// callback decodes an interaction callback body.
func callback(t *testing.T, r recorded) (typ int, m digest.Message) {
	t.Helper()
	var cb struct {
		Type int            `json:"type"`
		Data digest.Message `json:"data"`
	}
	if err := json.Unmarshal(r.Body, &cb); err != nil {
		t.Fatalf("callback body %s: %v", r.Body, err)
	}
	return cb.Type, cb.Data
}

func TestRunIdentifiesWithGuildsIntentAndRegistersCommands(t *testing.T) {
	t.Parallel()
	for _, guild := range []string{"", "777"} {
		t.Run("guild="+guild, func(t *testing.T) {
			t.Parallel()
			fd := newFakeDiscord(t)
			b, _ := newTestBot(t, fd, fixtureStore(), Config{GuildID: guild})
			runBot(t, fd, b)
			var ident struct {
				Token   string `json:"token"`
				Intents int    `json:"intents"`
			}
			if err := json.Unmarshal(fd.waitIdentified(), &ident); err != nil {
				t.Fatal(err)
			}
			if ident.Intents != 1 || ident.Token != "Bot "+testToken {
				t.Errorf("IDENTIFY intents %d (want 1, guilds only), token ok %v", ident.Intents, ident.Token == "Bot "+testToken)
			}
			path := "/applications/" + fakeAppID + "/commands"
			if guild != "" {
				path = "/applications/" + fakeAppID + "/guilds/" + guild + "/commands"
			}
			put := fd.waitFor("PUT", path)
			var got []Command
			if err := json.Unmarshal(put.Body, &got); err != nil || !sameCommands(got, Commands()) {
				t.Errorf("PUT %s body = %s (%v), want Commands()", path, put.Body, err)
			}
			// A restart with unchanged definitions only reads them.
			changed, err := b.rest.syncCommands(t.Context(), fakeAppID, guild)
			if err != nil || changed {
				t.Errorf("second syncCommands = %v, %v; want false, nil", changed, err)
			}
			if n := len(fd.matching("PUT", "/commands")); n != 1 {
				t.Errorf("%d PUTs of the commands, want 1", n)
			}
		})
	}
}

func TestInteractionsAnswered(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	b, _ := newTestBot(t, fd, fixtureStore(), Config{})
	runBot(t, fd, b)
	tests := []struct {
		name      string
		in        map[string]any
		wantType  int
		ephemeral bool
		want      string // in the callback body
	}{
		{"latest", interaction("1", 2, "latest", "0", opt("count", 4, 2)), callbackMessage, false, "Car bomb in Douma"},
		{"feed text escaped", interaction("2", 2, "latest", "0", opt("count", 4, 3)), callbackMessage, false, `\\*again\\* @\u200beveryone`},
		{"where", interaction("3", 2, "where", "0", opt("place", 3, "Duma")), callbackMessage, false, "Incidents at Douma"},
		{"digest", interaction("4", 2, "digest", "0"), callbackMessage, false, "Syria digest"},
		{"subscribe refused", interaction("5", 2, "subscribe", "0"), callbackMessage, true, "Manage Channels"},
		{"subscribe", interaction("6", 2, "subscribe", "16", opt("time", 3, "09:15")), callbackMessage, true, "daily digest at 09:15"},
		{"autocomplete", func() map[string]any {
			o := opt("place", 3, "Maa")
			o["focused"] = true
			return interaction("7", 4, "where", "0", o)
		}(), callbackAutocomplete, false, `"value":"Maarat al-Numan"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			id := tc.in["id"].(string)
			fd.dispatch("INTERACTION_CREATE", tc.in)
			r := fd.waitFor("POST", "/interactions/"+id+"/itok-"+id+"/callback")
			typ, m := callback(t, r)
			if typ != tc.wantType {
				t.Errorf("callback type %d, want %d", typ, tc.wantType)
			}
			if got := m.Flags&flagEphemeral != 0; got != tc.ephemeral {
				t.Errorf("ephemeral = %v, want %v", got, tc.ephemeral)
			}
			if typ == callbackMessage && !bytes.Contains(r.Body, []byte(`"allowed_mentions":{"parse":[]}`)) {
				t.Errorf("callback lacks \"allowed_mentions\":{\"parse\":[]} on the wire: %s", r.Body)
			}
			if !strings.Contains(strings.ReplaceAll(string(r.Body), "\u200b", `\u200b`), tc.want) {
				t.Errorf("callback body lacks %s:\n%s", tc.want, r.Body)
			}
		})
	}
}

// gatedStore blocks LatestArticles until released, then fails, panics or answers.
type gatedStore struct {
	*fakeStore
	release chan struct{}
	err     error
	panics  bool
}

func (s *gatedStore) LatestArticles(ctx context.Context, n int, gov string) ([]digest.Article, error) {
	if s.panics {
		panic("boom in the store")
	}
	select {
	case <-s.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if s.err != nil {
		return nil, s.err
	}
	return s.fakeStore.LatestArticles(ctx, n, gov)
}

func TestSlowAnswerIsDeferredThenEdited(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		err  error
		want []string // the requests after the deferral
	}{
		{"answer", nil, []string{"PATCH /webhooks/" + fakeAppID + "/itok-s/messages/@original"}},
		{"error becomes private", errors.New("database on fire"), []string{
			"DELETE /webhooks/" + fakeAppID + "/itok-s/messages/@original", "POST /webhooks/" + fakeAppID + "/itok-s"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fd := newFakeDiscord(t)
			store := &gatedStore{fakeStore: fixtureStore(), release: make(chan struct{}), err: tc.err}
			b, logs := newTestBot(t, fd, store, Config{})
			b.ackAfter = 10 * time.Millisecond
			runBot(t, fd, b)
			fd.dispatch("INTERACTION_CREATE", interaction("s", 2, "latest", "0"))
			if typ, m := callback(t, fd.waitFor("POST", "/interactions/s/itok-s/callback")); typ != callbackDeferred || m.Flags != 0 {
				t.Fatalf("first response type %d flags %d, want a public deferral (5, 0)", typ, m.Flags)
			}
			close(store.release)
			for _, w := range tc.want {
				method, path, _ := strings.Cut(w, " ")
				fd.waitFor(method, path)
			}
			if tc.err != nil {
				last := fd.waitFor("POST", "/webhooks/"+fakeAppID+"/itok-s")
				var m digest.Message
				json.Unmarshal(last.Body, &m)
				if m.Flags&flagEphemeral == 0 || bytes.Contains(last.Body, []byte("on fire")) {
					t.Errorf("error follow-up %s: want ephemeral, without the internal cause", last.Body)
				}
				if !strings.Contains(logs.String(), "database on fire") {
					t.Errorf("the internal cause was not logged")
				}
			}
		})
	}
}

func TestPanickingHandlerAnswersWithEphemeralError(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	b, logs := newTestBot(t, fd, &gatedStore{fakeStore: fixtureStore(), panics: true}, Config{})
	runBot(t, fd, b)
	fd.dispatch("INTERACTION_CREATE", interaction("p", 2, "latest", "0"))
	typ, m := callback(t, fd.waitFor("POST", "/interactions/p/itok-p/callback"))
	if typ != callbackMessage || m.Flags&flagEphemeral == 0 || !strings.Contains(m.Embeds[0].Description, "Try again") {
		t.Errorf("after a panic: type %d, message %+v; want an ephemeral error", typ, m)
	}
	if !strings.Contains(logs.String(), "boom in the store") {
		t.Errorf("the panic was not logged")
	}
	// The bot still answers.
	fd.dispatch("INTERACTION_CREATE", interaction("q", 2, "about", "0"))
	fd.waitFor("POST", "/interactions/q/itok-q/callback")
}

func TestTokenNeverInLogsOrErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		method string
		path   string
		status int
	}{
		{"commands unauthorized", "GET", "/applications/", 401},
		{"gateway discovery fails", "GET", "/gateway", 500},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fd := newFakeDiscord(t)
			fd.inject(tc.method, tc.path, 100, tc.status, `{"message":"nope","code":0}`, nil)
			b, logs := newTestBot(t, fd, fixtureStore(), Config{})
			b.rest.attempts = 2
			err := b.Run(t.Context())
			if err == nil {
				t.Fatal("Run succeeded, want an error")
			}
			for _, s := range []string{err.Error(), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err), logs.String()} {
				if strings.Contains(s, "FAKE-TOKEN") {
					t.Errorf("token leaked: %s", s)
				}
			}
			for e := err; e != nil; e = errors.Unwrap(e) {
				if strings.Contains(fmt.Sprintf("%#v", e), "FAKE-TOKEN") {
					t.Errorf("an error in the chain carries the token: %T", e)
				}
			}
		})
	}
}

func TestLongDigestContinuesInFollowUps(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	b, _ := newTestBot(t, fd, benchStore(3000), Config{})
	runBot(t, fd, b)
	fd.dispatch("INTERACTION_CREATE", interaction("d", 2, "digest", "0", opt("period", 3, "30d")))
	typ, m := callback(t, fd.waitFor("POST", "/interactions/d/itok-d/callback"))
	if typ != callbackMessage || !strings.Contains(m.Content, "Syria digest") {
		t.Fatalf("first response type %d content %q, want the digest's first message", typ, m.Content)
	}
	follow := fd.waitFor("POST", "/webhooks/"+fakeAppID+"/itok-d")
	var next digest.Message
	if err := json.Unmarshal(follow.Body, &next); err != nil || len(next.Embeds) == 0 {
		t.Errorf("follow-up %s: want the digest's next message", follow.Body)
	}
}

// slowSaveStore blocks SaveSubscription until released.
type slowSaveStore struct {
	*fakeStore
	release chan struct{}
}

func (s *slowSaveStore) SaveSubscription(ctx context.Context, sub digest.Subscription) (digest.Subscription, error) {
	<-s.release
	return s.fakeStore.SaveSubscription(ctx, sub)
}

func TestSlowSubscribeIsDeferredPrivately(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	store := &slowSaveStore{fakeStore: fixtureStore(), release: make(chan struct{})}
	b, _ := newTestBot(t, fd, store, Config{})
	b.ackAfter = 10 * time.Millisecond
	runBot(t, fd, b)
	fd.dispatch("INTERACTION_CREATE", interaction("e", 2, "subscribe", "16"))
	if typ, m := callback(t, fd.waitFor("POST", "/interactions/e/itok-e/callback")); typ != callbackDeferred || m.Flags != flagEphemeral {
		t.Fatalf("first response type %d flags %d, want a private deferral (5, 64)", typ, m.Flags)
	}
	close(store.release)
	edit := fd.waitFor("PATCH", "/webhooks/"+fakeAppID+"/itok-e/messages/@original")
	if !bytes.Contains(edit.Body, []byte("Subscribed")) {
		t.Errorf("edit %s, want the confirmation", edit.Body)
	}
}
