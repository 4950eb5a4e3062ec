package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// importApp prepares the start-up fixture of issue 3: an ES module app
// importing lodash-es and rxjs (tests/packages/testdata/bench/startup.mjs)
// in a temp folder whose node_modules is the package test's install
// (shared with it, under the user cache dir, keyed by package.json's hash).
// It returns the app's path and a cleanup function.
func importApp() (string, func(), error) {
	manifest, err := os.ReadFile("tests/packages/testdata/package.json")
	if err != nil {
		return "", nil, err
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		return "", nil, fmt.Errorf("npm not found")
	}
	sum := sha256.Sum256(manifest)
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	root := filepath.Join(base, "gorun", "packages")
	final := filepath.Join(root, hex.EncodeToString(sum[:8]))
	if _, err := os.Stat(filepath.Join(final, "complete")); err != nil {
		if err := os.MkdirAll(root, 0o755); err != nil {
			return "", nil, err
		}
		tmp, err := os.MkdirTemp(root, "install-")
		if err != nil {
			return "", nil, err
		}
		defer os.RemoveAll(tmp)
		if err := os.WriteFile(filepath.Join(tmp, "package.json"), manifest, 0o644); err != nil {
			return "", nil, err
		}
		cmd := exec.Command(npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--loglevel=error")
		cmd.Dir = tmp
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", nil, fmt.Errorf("npm install: %v\n%s", err, out)
		}
		if err := os.WriteFile(filepath.Join(tmp, "complete"), nil, 0o644); err != nil {
			return "", nil, err
		}
		if err := os.Rename(tmp, final); err != nil {
			if _, statErr := os.Stat(filepath.Join(final, "complete")); statErr != nil {
				return "", nil, err
			}
		}
	}
	app, err := os.MkdirTemp("", "gorun-bench-app-")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(app) }
	src, err := os.ReadFile("tests/packages/testdata/bench/startup.mjs")
	if err == nil {
		err = os.WriteFile(filepath.Join(app, "startup.mjs"), src, 0o644)
	}
	if err == nil {
		err = os.Symlink(filepath.Join(final, "node_modules"), filepath.Join(app, "node_modules"))
	}
	if err != nil {
		cleanup()
		return "", nil, err
	}
	return filepath.Join(app, "startup.mjs"), cleanup, nil
}
