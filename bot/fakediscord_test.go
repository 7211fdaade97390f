package bot

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/sitrep/sitrep/digest"
	"github.com/sitrep/sitrep/internal/discordschema"
)

// specPath is Discord's OpenAPI document in the checkout's sibling shared/ dir.
const specPath = "../../shared/spec/discord-openapi.json"

// loadSpec compiles the OpenAPI document once per test binary; nil when absent.
var loadSpec = sync.OnceValues(func() (*discordschema.Spec, error) {
	s, err := discordschema.Load(specPath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return s, err
})

// fakeAppID is the application id the fake's READY announces.
const fakeAppID = "900000000000000001"

// recorded is one request the fake received.
type recorded struct {
	Method, Path, ContentType, Auth string
	Body                            []byte // JSON; for multipart, the payload_json part
	At                              time.Time
}

// fault is an injected error response for matching requests.
type fault struct {
	method, pathPrefix string
	status             int
	body               string
	header             map[string]string
	remaining          int
}

// fakeDiscord is a loopback Discord: REST routes the bot uses, the gateway
// websocket (HELLO, IDENTIFY, READY, heartbeats, dispatch), fault injection,
// and validation of every body against the OpenAPI schema and Discord's
// other limits.
type fakeDiscord struct {
	t    testing.TB
	srv  *httptest.Server
	spec *discordschema.Spec

	mu        sync.Mutex
	requests  []recorded
	changed   chan struct{} // closed and replaced on every new request
	faults    []*fault
	commands  map[string]json.RawMessage // by scope: "" global, else guild id
	nextMsgID int
	conns     []*gatewayConn
	seq       int
	identify  []json.RawMessage
}

type gatewayConn struct {
	mu sync.Mutex
	ws *websocket.Conn
}

func (c *gatewayConn) send(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ws.WriteJSON(v)
}

func newFakeDiscord(t testing.TB) *fakeDiscord {
	t.Helper()
	spec, err := loadSpec()
	if err != nil {
		t.Fatalf("discordschema.Load(%q): %v", specPath, err)
	}
	if spec == nil {
		t.Logf("Discord OpenAPI spec not present at %s: bodies are checked against Discord's limits only", specPath)
	}
	fd := &fakeDiscord{t: t, spec: spec, changed: make(chan struct{}), commands: map[string]json.RawMessage{}}
	fd.srv = httptest.NewServer(http.HandlerFunc(fd.serve))
	t.Cleanup(fd.close)
	return fd
}

func (fd *fakeDiscord) close() {
	fd.mu.Lock()
	for _, c := range fd.conns {
		c.ws.Close()
	}
	fd.mu.Unlock()
	fd.srv.Close()
}

// apiVersion is the version prefix of REST paths: discordgo v0.29 speaks v9,
// Discord's current docs v10; the fake takes either.
var apiVersion = regexp.MustCompile(`^/api/v(9|10)/`)

// unversioned is a REST path without its /api/vN prefix.
func unversioned(path string) string { return apiVersion.ReplaceAllString(path, "/") }

// inject makes the next n requests matching method and (unversioned) path prefix fail.
func (fd *fakeDiscord) inject(method, pathPrefix string, n, status int, body string, header map[string]string) {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	fd.faults = append(fd.faults, &fault{method: method, pathPrefix: pathPrefix, status: status, body: body, header: header, remaining: n})
}

// all returns a copy of every request so far.
func (fd *fakeDiscord) all() []recorded {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	return append([]recorded(nil), fd.requests...)
}

// matching returns the requests with this method whose path contains part.
func (fd *fakeDiscord) matching(method, part string) []recorded {
	var out []recorded
	for _, r := range fd.all() {
		if r.Method == method && strings.Contains(r.Path, part) {
			out = append(out, r)
		}
	}
	return out
}

// waitFor returns the first request with this method whose path contains
// part, waiting for it to arrive.
func (fd *fakeDiscord) waitFor(method, part string) recorded {
	fd.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		fd.mu.Lock()
		for _, r := range fd.requests {
			if r.Method == method && strings.Contains(r.Path, part) {
				fd.mu.Unlock()
				return r
			}
		}
		changed := fd.changed
		fd.mu.Unlock()
		select {
		case <-changed:
		case <-deadline:
			fd.t.Fatalf("no %s request to a path containing %q arrived; got %s", method, part, fd.summary())
		}
	}
}

func (fd *fakeDiscord) summary() string {
	var parts []string
	for _, r := range fd.all() {
		parts = append(parts, r.Method+" "+r.Path)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// waitIdentified waits for the bot's IDENTIFY and returns it.
func (fd *fakeDiscord) waitIdentified() json.RawMessage {
	fd.t.Helper()
	fd.waitFor("WS", "/identify")
	fd.mu.Lock()
	defer fd.mu.Unlock()
	return fd.identify[0]
}

// dispatch sends a gateway event to every connected bot.
func (fd *fakeDiscord) dispatch(event string, data any) {
	fd.mu.Lock()
	fd.seq++
	seq := fd.seq
	conns := append([]*gatewayConn(nil), fd.conns...)
	fd.mu.Unlock()
	for _, c := range conns {
		if err := c.send(map[string]any{"op": 0, "t": event, "s": seq, "d": data}); err != nil {
			fd.t.Errorf("fake gateway: dispatch %s: %v", event, err)
		}
	}
}

func (fd *fakeDiscord) record(r recorded) {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	fd.requests = append(fd.requests, r)
	close(fd.changed)
	fd.changed = make(chan struct{})
}

func (fd *fakeDiscord) serve(w http.ResponseWriter, r *http.Request) {
	if strings.TrimSuffix(r.URL.Path, "/") == "/gateway-ws" {
		fd.serveGateway(w, r)
		return
	}
	body, err := readBody(r)
	if err != nil {
		fd.t.Errorf("fake discord: %s %s: %v", r.Method, r.URL.Path, err)
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	rec := recorded{Method: r.Method, Path: r.URL.Path, ContentType: r.Header.Get("Content-Type"),
		Auth: r.Header.Get("Authorization"), Body: body, At: time.Now()}
	// Recorded once answered, so that a waiter sees the fake's state after it.
	defer fd.record(rec)
	if f := fd.fault(r); f != nil {
		for k, v := range f.header {
			w.Header().Set(k, v)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(f.status)
		io.WriteString(w, f.body)
		return
	}
	if err := fd.validate(rec); err != nil {
		fd.t.Errorf("fake discord: %s %s sent an invalid body: %v\n%s", r.Method, r.URL.Path, err, body)
		writeJSON(w, http.StatusBadRequest, map[string]any{"code": 50035, "message": "Invalid Form Body"})
		return
	}
	fd.route(w, rec)
}

// readBody returns a JSON body, or a multipart body's payload_json part.
func readBody(r *http.Request) ([]byte, error) {
	mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		return io.ReadAll(r.Body)
	}
	mr := multipart.NewReader(r.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return nil, errors.New("multipart body without payload_json")
		}
		if err != nil {
			return nil, err
		}
		if p.FormName() == "payload_json" {
			return io.ReadAll(p)
		}
	}
}

func (fd *fakeDiscord) fault(r *http.Request) *fault {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	for _, f := range fd.faults {
		if f.remaining > 0 && f.method == r.Method && strings.HasPrefix(unversioned(r.URL.Path), f.pathPrefix) {
			f.remaining--
			return f
		}
	}
	return nil
}

func (fd *fakeDiscord) route(w http.ResponseWriter, rec recorded) {
	p := unversioned(rec.Path)
	parts := strings.Split(strings.Trim(p, "/"), "/")
	switch {
	case rec.Method == http.MethodGet && (p == "/gateway" || p == "/gateway/bot"):
		writeJSON(w, http.StatusOK, map[string]any{"url": "ws" + strings.TrimPrefix(fd.srv.URL, "http") + "/gateway-ws", "shards": 1})
	case parts[0] == "applications" && parts[len(parts)-1] == "commands":
		if !strings.HasPrefix(rec.Auth, "Bot ") {
			writeJSON(w, http.StatusUnauthorized, map[string]any{"code": 0, "message": "401: Unauthorized"})
			return
		}
		scope := ""
		if len(parts) == 5 {
			scope = parts[3]
		}
		fd.mu.Lock()
		defer fd.mu.Unlock()
		if rec.Method == http.MethodPut {
			fd.commands[scope] = rec.Body
		}
		cur := fd.commands[scope]
		if cur == nil {
			cur = json.RawMessage("[]")
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(cur)
	case rec.Method == http.MethodPost && parts[0] == "channels" && len(parts) == 3 && parts[2] == "messages":
		if !strings.HasPrefix(rec.Auth, "Bot ") {
			writeJSON(w, http.StatusUnauthorized, map[string]any{"code": 0, "message": "401: Unauthorized"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"id": fd.messageID(), "channel_id": parts[1]})
	case parts[0] == "interactions":
		w.WriteHeader(http.StatusNoContent)
	case parts[0] == "webhooks" && rec.Method == http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	case parts[0] == "webhooks":
		writeJSON(w, http.StatusOK, map[string]any{"id": fd.messageID()})
	default:
		fd.t.Errorf("fake discord: unexpected %s %s", rec.Method, rec.Path)
		writeJSON(w, http.StatusNotFound, map[string]any{"code": 0, "message": "404: Not Found"})
	}
}

func (fd *fakeDiscord) messageID() string {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	fd.nextMsgID++
	return fmt.Sprintf("%d", 1_000_000+fd.nextMsgID)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// validate checks a body against the schema component of its route and
// against the limits the schema lacks.
func (fd *fakeDiscord) validate(rec recorded) error {
	p := unversioned(rec.Path)
	switch {
	case rec.Method == http.MethodPut && strings.HasSuffix(p, "/commands"):
		var cmds []json.RawMessage
		if err := json.Unmarshal(rec.Body, &cmds); err != nil {
			return err
		}
		for _, c := range cmds {
			if err := fd.schema("ApplicationCommandUpdateRequest", c); err != nil {
				return err
			}
			var cmd Command
			if err := json.Unmarshal(c, &cmd); err != nil {
				return err
			}
			if err := checkCommand(cmd); err != nil {
				return err
			}
		}
	case rec.Method == http.MethodPost && strings.HasSuffix(p, "/messages"):
		return fd.message("MessageCreateRequest", rec.Body)
	case rec.Method == http.MethodPost && strings.HasSuffix(p, "/callback"):
		var cb struct {
			Type int             `json:"type"`
			Data json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal(rec.Body, &cb); err != nil {
			return err
		}
		switch cb.Type {
		case callbackAutocomplete:
			return fd.schema("ApplicationCommandAutocompleteCallbackRequest", rec.Body)
		case callbackMessage:
			if err := fd.schema("CreateMessageInteractionCallbackRequest", rec.Body); err != nil {
				return err
			}
			return fd.message("", cb.Data)
		case callbackDeferred:
			if err := fd.schema("CreateMessageInteractionCallbackRequest", rec.Body); err != nil {
				return err
			}
			return checkNoMentions(cb.Data)
		}
		return fmt.Errorf("unexpected callback type %d", cb.Type)
	case rec.Method == http.MethodPatch && strings.HasPrefix(p, "/webhooks/"):
		return fd.message("IncomingWebhookUpdateRequestPartial", rec.Body)
	case rec.Method == http.MethodPost && strings.HasPrefix(p, "/webhooks/"):
		return fd.message("IncomingWebhookRequestPartial", rec.Body)
	}
	return nil
}

// message validates a message body: the schema (if component is set),
// digest.Message.Validate, and allowed_mentions exactly {"parse":[]} on the wire.
func (fd *fakeDiscord) message(component string, body []byte) error {
	if component != "" {
		if err := fd.schema(component, body); err != nil {
			return err
		}
	}
	var m digest.Message
	if err := json.Unmarshal(body, &m); err != nil {
		return err
	}
	if err := m.Validate(); err != nil {
		return err
	}
	return checkNoMentions(body)
}

func checkNoMentions(body []byte) error {
	var raw map[string]any
	if err := json.Unmarshal(body, &raw); err != nil {
		return err
	}
	want := map[string]any{"parse": []any{}}
	if !reflect.DeepEqual(raw["allowed_mentions"], want) {
		return fmt.Errorf("allowed_mentions = %v, want {\"parse\":[]}", raw["allowed_mentions"])
	}
	return nil
}

func (fd *fakeDiscord) schema(component string, body []byte) error {
	if fd.spec == nil {
		return nil
	}
	return fd.spec.Validate(component, body)
}

var upgrader = websocket.Upgrader{}

// serveGateway speaks enough of the gateway for discordgo: HELLO, IDENTIFY,
// READY, heartbeat ACKs, then whatever dispatch sends.
func (fd *fakeDiscord) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		fd.t.Errorf("fake gateway: upgrade: %v", err)
		return
	}
	c := &gatewayConn{ws: ws}
	defer ws.Close()
	if err := c.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}}); err != nil {
		return
	}
	var ident struct {
		Op int             `json:"op"`
		D  json.RawMessage `json:"d"`
	}
	if err := ws.ReadJSON(&ident); err != nil || ident.Op != 2 {
		fd.t.Errorf("fake gateway: want IDENTIFY (op 2), got op %d, err %v", ident.Op, err)
		return
	}
	fd.mu.Lock()
	fd.identify = append(fd.identify, ident.D)
	fd.seq++
	seq := fd.seq
	fd.mu.Unlock()
	ready := map[string]any{"v": 10, "session_id": "fake-session",
		"user":        map[string]any{"id": fakeAppID, "username": "sitrep", "discriminator": "0", "bot": true},
		"application": map[string]any{"id": fakeAppID, "flags": 0},
		"guilds":      []any{}}
	if err := c.send(map[string]any{"op": 0, "t": "READY", "s": seq, "d": ready}); err != nil {
		return
	}
	fd.mu.Lock()
	fd.conns = append(fd.conns, c)
	fd.mu.Unlock()
	fd.record(recorded{Method: "WS", Path: "/identify", Body: ident.D, At: time.Now()})
	for {
		var msg struct {
			Op int `json:"op"`
		}
		if err := ws.ReadJSON(&msg); err != nil {
			return
		}
		if msg.Op == 1 {
			if err := c.send(map[string]any{"op": 11}); err != nil {
				return
			}
		}
	}
}
