package perfhooks

import (
	"math"
	"math/bits"
	"sort"
)

// histogram is the value store behind Node's Histogram objects. Node uses
// HdrHistogram with a range of 1..2^53-1 and 3 significant figures; this
// keeps counts per HdrHistogram bucket (keyed by the bucket's lowest
// equivalent value) so min, max, mean, stddev and the percentile table
// come out with the same rounding as Node's, without HdrHistogram's
// fixed-size count array.
type histogram struct {
	counts  map[int64]int64
	total   int64
	minV    int64
	maxV    int64
	exceeds int64
	sorted  []int64 // keys of counts in order; nil when stale
}

// subBucketBits is log2 of HdrHistogram's sub-bucket count for 3
// significant figures (2048 sub-buckets, unit magnitude 0).
const subBucketBits = 11

func newHistogram() *histogram {
	h := &histogram{}
	h.reset()
	return h
}

func (h *histogram) reset() {
	h.counts = map[int64]int64{}
	h.total, h.exceeds = 0, 0
	h.minV, h.maxV = math.MaxInt64, 0
	h.sorted = nil
}

// bucket returns the lowest equivalent value of v and the size of its
// equivalence range.
func bucket(v int64) (low, size int64) {
	b := bits.Len64(uint64(v)|(1<<subBucketBits-1)) - subBucketBits
	sub := v >> uint(b)
	low = sub << uint(b)
	if sub >= 1<<subBucketBits {
		b++
	}
	return low, 1 << uint(b)
}

// record adds v; values HdrHistogram cannot hold count as exceeding.
func (h *histogram) record(v int64) bool {
	if v < 1 || v > 1<<53-1 {
		h.exceeds++
		return false
	}
	low, _ := bucket(v)
	if h.counts[low] == 0 {
		h.sorted = nil
	}
	h.counts[low]++
	h.total++
	if v < h.minV {
		h.minV = v
	}
	if v > h.maxV {
		h.maxV = v
	}
	return true
}

func (h *histogram) add(o *histogram) {
	for k, c := range o.counts {
		if h.counts[k] == 0 {
			h.sorted = nil
		}
		h.counts[k] += c
	}
	h.total += o.total
	h.exceeds += o.exceeds
	if o.total > 0 {
		h.minV = min(h.minV, o.minV)
		h.maxV = max(h.maxV, o.maxV)
	}
}

func (h *histogram) keys() []int64 {
	if h.sorted == nil {
		h.sorted = make([]int64, 0, len(h.counts))
		for k := range h.counts {
			h.sorted = append(h.sorted, k)
		}
		sort.Slice(h.sorted, func(i, j int) bool { return h.sorted[i] < h.sorted[j] })
	}
	return h.sorted
}

// min is HdrHistogram's hdr_min: INT64_MAX while empty.
func (h *histogram) min() int64 {
	if h.total == 0 {
		return math.MaxInt64
	}
	low, _ := bucket(h.minV)
	return low
}

// max is hdr_max: the highest value equivalent to the largest recorded.
func (h *histogram) max() int64 {
	if h.total == 0 {
		return 0
	}
	low, size := bucket(h.maxV)
	return low + size - 1
}

func median(low int64) float64 {
	_, size := bucket(low)
	return float64(low + size>>1)
}

// mean and stddev weigh each bucket by its median equivalent value, as
// hdr_mean and hdr_stddev do; Node reports NaN while empty.
func (h *histogram) mean() float64 {
	if h.total == 0 {
		return math.NaN()
	}
	var sum float64
	for _, k := range h.keys() {
		sum += float64(h.counts[k]) * median(k)
	}
	return sum / float64(h.total)
}

func (h *histogram) stddev() float64 {
	if h.total == 0 {
		return math.NaN()
	}
	mean := h.mean()
	var sq float64
	for _, k := range h.keys() {
		d := median(k) - mean
		sq += d * d * float64(h.counts[k])
	}
	return math.Sqrt(sq / float64(h.total))
}

// percentile is hdr_value_at_percentile.
func (h *histogram) percentile(p float64) int64 {
	if h.total == 0 {
		return 0
	}
	p = math.Min(p, 100)
	want := int64(p/100*float64(h.total) + 0.5)
	if want < 1 {
		want = 1
	}
	var cum int64
	for _, k := range h.keys() {
		cum += h.counts[k]
		if cum >= want {
			if p == 0 {
				return k
			}
			_, size := bucket(k)
			return k + size - 1
		}
	}
	return 0
}

// percentiles walks the histogram as HdrHistogram's percentile iterator
// with one tick per half distance, the table Node exposes as
// histogram.percentiles: pairs of (percentile, value).
func (h *histogram) percentiles() []float64 {
	var out []float64
	var cum int64
	var value int64
	next := 0.0
	for _, k := range h.keys() {
		cum += h.counts[k]
		// Node reads the iterator's value, the bucket's lowest equivalent.
		value = k
		cur := 100 * float64(cum) / float64(h.total)
		for next <= cur {
			out = append(out, next, float64(value))
			half := math.Pow(2, float64(int64(math.Log(100/(100-next))/math.Log(2))+1))
			next += 100 / half
			if cum >= h.total {
				break
			}
		}
		if cum >= h.total {
			break
		}
	}
	return append(out, 100, float64(value))
}
