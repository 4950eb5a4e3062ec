throw [1, 'two', { three: 3 }];
