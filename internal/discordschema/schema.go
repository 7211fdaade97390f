// Package discordschema validates JSON bodies against the schemas of
// Discord's OpenAPI 3.1 description, so that tests can prove every payload
// the bot sends is one Discord accepts.
package discordschema

import (
	"bytes"
	"fmt"
	"os"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// docURL is the name the OpenAPI document is registered under; $refs of the
// form "#/components/schemas/X" resolve against it.
const docURL = "https://discord.invalid/openapi.json"

// Spec is a loaded OpenAPI document whose component schemas can validate bodies.
// It is safe for concurrent use.
type Spec struct {
	compiler *jsonschema.Compiler

	mu      sync.Mutex
	schemas map[string]*jsonschema.Schema
}

// Load reads Discord's OpenAPI document from path.
func Load(path string) (*Spec, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("discordschema: %w", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("discordschema: parse %s: %w", path, err)
	}
	root, ok := doc.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("discordschema: %s: not a JSON object", path)
	}
	components, ok := root["components"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("discordschema: %s: no components", path)
	}
	allowStringPermissions(components)
	// Only the components are a schema resource: the rest of an OpenAPI
	// document (paths, responses) is not JSON Schema.
	resource := map[string]any{
		"$schema":    "https://json-schema.org/draft/2020-12/schema",
		"components": components,
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat() // Discord rejects a bad embed URL or timestamp
	if err := c.AddResource(docURL, resource); err != nil {
		return nil, fmt.Errorf("discordschema: %s: %w", path, err)
	}
	return &Spec{compiler: c, schemas: map[string]*jsonschema.Schema{}}, nil
}

// Validate checks body, a JSON document, against the component schema named
// component (for example "MessageCreateRequest").
func (s *Spec) Validate(component string, body []byte) error {
	sch, err := s.schema(component)
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("discordschema: %s: body: %w", component, err)
	}
	if err := sch.Validate(v); err != nil {
		return fmt.Errorf("discordschema: %s: %w", component, err)
	}
	return nil
}

func (s *Spec) schema(component string) (*jsonschema.Schema, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sch, ok := s.schemas[component]; ok {
		return sch, nil
	}
	sch, err := s.compiler.Compile(docURL + "#/components/schemas/" + component)
	if err != nil {
		return nil, fmt.Errorf("discordschema: compile %s: %w", component, err)
	}
	s.schemas[component] = sch
	return sch, nil
}

// allowStringPermissions lets default_member_permissions be a string of
// digits too: the OpenAPI document types it as an integer, but Discord sends
// and accepts a string (a permission bitfield can exceed 2^53), and its
// written docs win.
func allowStringPermissions(components map[string]any) {
	schemas, _ := components["schemas"].(map[string]any)
	for _, s := range schemas {
		obj, _ := s.(map[string]any)
		props, _ := obj["properties"].(map[string]any)
		p, ok := props["default_member_permissions"]
		if !ok {
			continue
		}
		props["default_member_permissions"] = map[string]any{
			"anyOf": []any{p, map[string]any{"type": "string", "pattern": "^(0|[1-9][0-9]*)$"}},
		}
	}
}
