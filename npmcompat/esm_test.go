package npmcompat

// The ES module cases run with the CommonJS ones in TestNodeCompat.

func init() {
	// Tests must not depend on, or fill, the user's cache.
	TransformCacheDir = "off"
}
