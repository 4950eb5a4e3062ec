package crypto

import (
	"crypto/rand"
	"math/big"
	"sync"

	"github.com/dop251/goja"
)

// primeBinding adds generatePrime and checkPrime's Go halves.
func (a *api) primeBinding() {
	// prime(bits, safe, add|null, rem|null[, cb]) -> big-endian bytes.
	// The shim has checked add and rem against bits as OpenSSL does.
	a.set("prime", func(call goja.FunctionCall) goja.Value {
		bits := int(call.Argument(0).ToInteger())
		safe := call.Argument(1).ToBoolean()
		var add, rem *big.Int
		if b := a.optBytes(call.Argument(2)); b != nil {
			add = new(big.Int).SetBytes(b)
		}
		if b := a.optBytes(call.Argument(3)); b != nil {
			rem = new(big.Int).SetBytes(b)
		}
		return a.run(call.Argument(4), func() ([]byte, error) {
			p, err := generatePrime(bits, safe, add, rem)
			if err != nil {
				return nil, err
			}
			return p.Bytes(), nil
		})
	})
	// checkPrime(bytes, checks) -> bool, computed now.
	a.set("checkPrime", func(call goja.FunctionCall) goja.Value {
		n := new(big.Int).SetBytes(a.bytes(call.Argument(0)))
		return a.vm.ToValue(isPrime(n, int(call.Argument(1).ToInteger())))
	})
}

// smallPrimes are the odd primes below 2000, for sieving candidates.
var smallPrimes = sync.OnceValue(func() []uint64 {
	var ps []uint64
	for n := uint64(3); n < 2000; n += 2 {
		prime := true
		for _, p := range ps {
			if p*p > n {
				break
			}
			if n%p == 0 {
				prime = false
				break
			}
		}
		if prime {
			ps = append(ps, n)
		}
	}
	return ps
})

// quickPrime is one Miller-Rabin round on r and, for a safe prime, on
// (r-1)/2: a cheap filter before the full test.
func quickPrime(r *big.Int, safe bool) bool {
	if safe {
		q := new(big.Int).Rsh(r, 1)
		if !q.ProbablyPrime(1) {
			return false
		}
	}
	return r.ProbablyPrime(1)
}

func isPrime(n *big.Int, checks int) bool {
	if checks <= 0 {
		checks = 20
	}
	return n.ProbablyPrime(checks)
}

// generatePrime follows OpenSSL's BN_generate_prime_ex2: a random
// candidate of exactly bits bits (top two bits set without add), moved to
// the class rem modulo add when add is given (rem defaults to 1, or 3 for
// safe primes), then stepped until prime; safe primes also need
// (p-1)/2 prime.
func generatePrime(bits int, safe bool, add, rem *big.Int) (*big.Int, error) {
	one := big.NewInt(1)
	if add != nil && rem == nil {
		rem = big.NewInt(1)
		if safe {
			rem = big.NewInt(3)
		}
	}
	ok := func(p *big.Int) bool {
		if p.BitLen() != bits || !p.ProbablyPrime(20) {
			return false
		}
		if safe {
			q := new(big.Int).Rsh(new(big.Int).Sub(p, one), 1)
			return q.ProbablyPrime(20)
		}
		return true
	}
	limit := new(big.Int).Lsh(one, uint(bits))
	for {
		r, err := rand.Int(rand.Reader, limit)
		if err != nil {
			return nil, err
		}
		r.SetBit(r, bits-1, 1)
		if add == nil {
			if bits >= 2 {
				r.SetBit(r, bits-2, 1)
			}
			r.SetBit(r, 0, 1)
			if safe && bits >= 3 {
				r.SetBit(r, 1, 1) // p = 3 mod 4 so that (p-1)/2 is odd
			}
			if ok(r) {
				return r, nil
			}
			continue
		}
		r.Sub(r, new(big.Int).Mod(r, add))
		r.Add(r, rem)
		// Sieve: keep r's residues modulo small primes while stepping by
		// add, and skip candidates that one of them divides (for a safe
		// prime, also those where it divides (r-1)/2, i.e. r = 1 mod s).
		res := make([]uint64, len(smallPrimes()))
		steps := make([]uint64, len(smallPrimes()))
		for i, sp := range smallPrimes() {
			m := new(big.Int).SetUint64(sp)
			res[i] = new(big.Int).Mod(r, m).Uint64()
			steps[i] = new(big.Int).Mod(add, m).Uint64()
		}
		for tries := 0; r.BitLen() <= bits && tries < 1<<16; tries++ {
			clean := true
			for i, sp := range smallPrimes() {
				if (res[i] == 0 || (safe && res[i] == 1)) && r.BitLen() > 16 {
					clean = false
				}
				res[i] = (res[i] + steps[i]) % sp
			}
			if clean && quickPrime(r, safe) && ok(r) {
				return r, nil
			}
			r.Add(r, add)
		}
	}
}
