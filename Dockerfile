# syntax=docker/dockerfile:1

# Build a static binary: modernc.org/sqlite is pure Go, so no cgo.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /sitrep .

# The container's configuration is the built-in one with the store on the
# volume and the HTTP listener reachable from outside the container. The
# greps fail the build if config.yaml's lines ever stop matching the seds.
RUN mkdir -p /out/etc/sitrep /out/var/lib/sitrep \
 && sed -e 's|^store: .*|store: /var/lib/sitrep/sitrep.db|' \
        -e 's|^http_addr: .*|http_addr: 0.0.0.0:9090|' \
        config.yaml > /out/etc/sitrep/config.yaml \
 && grep -qx 'store: /var/lib/sitrep/sitrep.db' /out/etc/sitrep/config.yaml \
 && grep -qx 'http_addr: 0.0.0.0:9090' /out/etc/sitrep/config.yaml

# distroless/static: CA certificates and a nonroot user (65532), no shell.
# The binary embeds time/tzdata, so zones work without the OS's zoneinfo.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /sitrep /sitrep
COPY --from=build /out/etc/sitrep/config.yaml /etc/sitrep/config.yaml
# Owned by nonroot so that a new volume, which copies this directory, is writable.
COPY --from=build --chown=65532:65532 /out/var/lib/sitrep /var/lib/sitrep
USER 65532:65532
VOLUME /var/lib/sitrep
EXPOSE 9090
# DISCORD_TOKEN, if set, comes from the environment (docker run -e DISCORD_TOKEN).
ENTRYPOINT ["/sitrep", "run", "--config", "/etc/sitrep/config.yaml"]
