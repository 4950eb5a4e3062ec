package main

import "testing"

func TestGCPercentFor(t *testing.T) {
	const MiB = 1 << 20
	cases := []struct {
		live uint64
		want int
	}{
		{0, 300},
		{10 * MiB, 300},
		{85 * MiB, 300},
		{100 * MiB, 250}, // 256 MiB headroom = 256%, rounded down to 250
		{128 * MiB, 200},
		{200 * MiB, 125},
		{256 * MiB, 100},
		{4096 * MiB, 100}, // never below Go's default
	}
	for _, c := range cases {
		if got := gcPercentFor(c.live); got != c.want {
			t.Errorf("gcPercentFor(%d MiB) = %d, want %d", c.live/MiB, got, c.want)
		}
	}
}
