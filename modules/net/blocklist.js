// net.SocketAddress and net.BlockList. The addresses are parsed and the
// rules matched in Go (blocklist.go); these classes validate the
// arguments as node does and keep the parsed form.
// https://nodejs.org/docs/latest-v20.x/api/net.html#class-netblocklist

const kSocketAddress = Symbol('kSocketAddress');
const kBlockList = Symbol('kBlockList');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// childInspectOptions is what node's inspect hooks pass on: one level
// less deep.
function childInspectOptions(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kSocketAddress] !== undefined;
  }

  constructor(options = {}) {
    require('internal/errors').validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    // The default address follows the family as given, before it is
    // lower-cased, as node's does.
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    require('internal/errors').validateUint32(flowlabel, 'options.flowlabel', false);
    const text = binding.socketAddress(address, family);
    if (text === null) throw new (require('internal/errors').codes.ERR_INVALID_ADDRESS)();
    this[kSocketAddress] = {
      address: text,
      port: port | 0,
      family,
      // Only IPv6 addresses carry a flow label.
      flowlabel: family === 'ipv6' ? flowlabel >>> 0 : 0,
    };
  }

  get address() { return this[kSocketAddress].address; }

  get port() { return this[kSocketAddress].port; }

  get family() { return this[kSocketAddress].family; }

  get flowlabel() { return this[kSocketAddress].flowlabel; }

  toJSON() {
    return {
      address: this.address,
      port: this.port,
      family: this.family,
      flowlabel: this.flowlabel,
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `SocketAddress ${require('util').inspect(this.toJSON(), childInspectOptions(options))}`;
  }
}

// toSocketAddress is what BlockList's methods do with an argument that is
// not a SocketAddress: check it is a string, then parse it as one.
function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

// isBlockList is what the blockList options of Socket and Server accept.
function isBlockList(value) {
  return value?.[kBlockList] !== undefined;
}

class BlockList {
  constructor() {
    this[kBlockList] = binding.newBlockList();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `BlockList ${require('util').inspect({ rules: this.rules }, childInspectOptions(options))}`;
  }

  addAddress(address, family = 'ipv4') {
    const sa = toSocketAddress(address, 'address', family);
    this[kBlockList].addAddress(sa.address, sa.family);
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, 'start', family);
    end = toSocketAddress(end, 'end', family);
    if (!this[kBlockList].addRange(start.address, start.family, end.address, end.family)) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, 'network', family);
    validateInt32(prefix, 'prefix', 0, network.family === 'ipv4' ? 32 : 128);
    this[kBlockList].addSubnet(network.address, network.family, prefix);
  }

  // check is false for what does not parse as an address of family.
  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      family = family.toLowerCase();
      return this[kBlockList].check(address, family);
    }
    return this[kBlockList].check(address.address, address.family);
  }

  get rules() {
    return this[kBlockList].rules();
  }
}
