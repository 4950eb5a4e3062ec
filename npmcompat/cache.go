package npmcompat

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"

	"github.com/gorun-js/gorun/internal/polyfill"
)

// The on-disk transform cache: one file per transform, named by the
// SHA-256 of everything the output depends on, under
// os.UserCacheDir()/gorun/transform. Writers write a temporary file in the
// same directory and rename it into place, so concurrent processes never
// see a partial file; a lost race just rewrites identical bytes.

// transformVersion changes whenever the transform's output would: the
// gorun cache format, the esbuild version and the async generator helpers
// substituted into esbuild's output.
var transformVersion = "gorun-transform-13 esbuild " + esbuildVersion() + " helpers " + polyfill.HelpersVersion()

func esbuildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/evanw/esbuild" {
				return d.Version
			}
		}
	}
	return "unknown"
}

// TransformCacheDir overrides where transforms are cached; "" means
// os.UserCacheDir()/gorun/transform, and "off" disables the cache. Set it
// before the first transform.
var TransformCacheDir = os.Getenv("GORUN_CACHE_DIR")

var cacheDir = sync.OnceValue(func() string {
	switch TransformCacheDir {
	case "off":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "gorun", "transform")
	}
	return TransformCacheDir
})

func cachePath(key string) string { return cachePathIn(cacheDir(), key) }

func transformCacheGet(key string) (string, bool) { return transformCacheGetIn(cacheDir(), key) }

func transformCachePut(key, out string) { transformCachePutIn(cacheDir(), key, out) }

// cachePathIn is where key's transform lives in the cache folder dir.
func cachePathIn(dir, key string) string {
	if dir == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(key))
	h := hex.EncodeToString(sum[:])
	return filepath.Join(dir, h[:2], h[2:]+".js")
}

func transformCacheGetIn(dir, key string) (string, bool) {
	p := cachePathIn(dir, key)
	if p == "" {
		return "", false
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return "", false
	}
	return string(b), true
}

// transformCachePutIn stores out; failures (read-only home, full disk)
// only cost a re-transform next time.
func transformCachePutIn(base, key, out string) {
	p := cachePathIn(base, key)
	if p == "" {
		return
	}
	dir := filepath.Dir(p)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return
	}
	_, werr := f.WriteString(out)
	cerr := f.Close()
	if werr != nil || cerr != nil {
		_ = os.Remove(f.Name())
		return
	}
	if err := os.Rename(f.Name(), p); err != nil {
		_ = os.Remove(f.Name())
	}
}
