module.exports = { dep: require('dep') };
