package crypto

import (
	"crypto/rand"
	"math/big"

	"github.com/dop251/goja"
)

// Finite-field Diffie-Hellman (createDiffieHellman, getDiffieHellman)
// with math/big, as OpenSSL's DH_* functions behave for node.

// dhPrivateBits is OpenSSL 3's private-key length for the named safe-prime
// groups (with generator 2); other primes take a full-length key.
var dhPrivateBits = map[string]int{"modp5": 200, "modp14": 225, "modp15": 275, "modp16": 325, "modp17": 375, "modp18": 400}

// DH_check's flags, which node reports as verifyError.
const (
	dhCheckPNotPrime          = 0x01
	dhCheckPNotSafePrime      = 0x02
	dhNotSuitableGenerator    = 0x08
	dhModulusTooSmall         = 0x80
	dhMinModulusBits          = 512
	dhErrSmall, dhErrTooLarge = "small", "large"
)

func dhGroup(name string) *big.Int {
	h, ok := dhGroupPrimes[name]
	if !ok {
		return nil
	}
	p, _ := new(big.Int).SetString(h, 16)
	return p
}

// dhCheck is OpenSSL's DH_check for a prime without a known subgroup.
func dhCheck(p, g *big.Int) int {
	flags := 0
	if p.BitLen() < dhMinModulusBits {
		flags |= dhModulusTooSmall
	}
	pm1 := new(big.Int).Sub(p, big.NewInt(1))
	if g.Cmp(big.NewInt(1)) <= 0 || g.Cmp(pm1) >= 0 {
		flags |= dhNotSuitableGenerator
	}
	// The named groups are known safe primes (OpenSSL recognizes them
	// too); testing an 8192-bit prime costs seconds.
	for name := range dhGroupPrimes {
		if dhGroup(name).Cmp(p) == 0 {
			return flags
		}
	}
	// Baillie-PSW alone (ProbablyPrime(0)) has no known counterexample.
	if !p.ProbablyPrime(0) {
		flags |= dhCheckPNotPrime
	} else if !new(big.Int).Rsh(pm1, 1).ProbablyPrime(0) {
		flags |= dhCheckPNotSafePrime
	}
	return flags
}

// privateBits is the private-key length for p and g.
func dhPrivBits(p, g *big.Int) int {
	if g.Cmp(big.NewInt(2)) == 0 {
		for name, bits := range dhPrivateBits {
			if dhGroup(name).Cmp(p) == 0 {
				return bits
			}
		}
	}
	return 0
}

// dhGenerate makes a key pair; a set private key is kept, as
// DH_generate_key does.
func dhGenerate(p, g, priv *big.Int) (*big.Int, *big.Int, error) {
	if priv == nil {
		limit := new(big.Int).Sub(p, big.NewInt(2))
		if bits := dhPrivBits(p, g); bits > 0 {
			limit = new(big.Int).Lsh(big.NewInt(1), uint(bits))
		}
		for {
			x, err := rand.Int(rand.Reader, limit)
			if err != nil {
				return nil, nil, err
			}
			if x.Sign() > 0 {
				priv = x
				break
			}
		}
	}
	return priv, new(big.Int).Exp(g, priv, p), nil
}

func (a *api) dhBinding() {
	vm := a.vm
	num := func(v goja.Value) *big.Int { return new(big.Int).SetBytes(a.bytes(v)) }
	a.set("dhGroup", func(call goja.FunctionCall) goja.Value {
		p := dhGroup(call.Argument(0).String())
		if p == nil {
			return goja.Null()
		}
		return a.ab(p.Bytes())
	})
	a.set("dhCheck", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(dhCheck(num(call.Argument(0)), num(call.Argument(1))))
	})
	// dhPrime(bits, generator) is a safe prime for which generator is
	// suitable, chosen as OpenSSL's dh_builtin_genparams does.
	a.set("dhPrime", func(call goja.FunctionCall) goja.Value {
		bits, g := int(call.Argument(0).ToInteger()), call.Argument(1).ToInteger()
		add, rem := big.NewInt(12), big.NewInt(11)
		switch g {
		case 2:
			add, rem = big.NewInt(24), big.NewInt(23)
		case 5:
			add, rem = big.NewInt(60), big.NewInt(59)
		}
		p, err := generatePrime(bits, true, add, rem)
		if err != nil {
			a.throw(err)
		}
		return a.ab(p.Bytes())
	})
	// dhKeys(p, g, priv|null) -> [priv, pub].
	a.set("dhKeys", func(call goja.FunctionCall) goja.Value {
		var priv *big.Int
		if v := call.Argument(2); !goja.IsNull(v) && !goja.IsUndefined(v) {
			priv = num(v)
		}
		x, y, err := dhGenerate(num(call.Argument(0)), num(call.Argument(1)), priv)
		if err != nil {
			a.throw(err)
		}
		return vm.ToValue([]goja.Value{a.ab(x.Bytes()), a.ab(y.Bytes())})
	})
	// dhSecret(p, priv, peer) -> the shared secret as long as p, or
	// "small"/"large" for a peer key out of range.
	a.set("dhSecret", func(call goja.FunctionCall) goja.Value {
		p, x, y := num(call.Argument(0)), num(call.Argument(1)), num(call.Argument(2))
		if y.Cmp(big.NewInt(1)) <= 0 {
			return vm.ToValue(dhErrSmall)
		}
		if y.Cmp(new(big.Int).Sub(p, big.NewInt(1))) >= 0 {
			return vm.ToValue(dhErrTooLarge)
		}
		s := new(big.Int).Exp(y, x, p)
		return a.ab(bigBytes(s, (p.BitLen()+7)/8))
	})
}
