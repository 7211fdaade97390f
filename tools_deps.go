//go:build tools

package main

import (
	_ "codeberg.org/readeck/go-readability/v2"
	_ "github.com/bwmarrin/discordgo"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/robfig/cron/v3"
	_ "github.com/santhosh-tekuri/jsonschema/v6"
	_ "go.yaml.in/yaml/v3"
	_ "golang.org/x/net/html"
	_ "golang.org/x/text/encoding/charmap"
	_ "modernc.org/sqlite"
)
