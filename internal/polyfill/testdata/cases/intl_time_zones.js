for (const z of ['Asia/Kolkata', 'Europe/Kyiv', 'America/Indiana/Indianapolis', 'Asia/Shanghai', 'Europe/Dublin', 'Etc/GMT+5', 'US/Eastern', 'Europe/Paris', 'Europe/London', 'America/Los_Angeles', 'America/Chicago', 'Pacific/Honolulu', 'America/Anchorage', 'Asia/Tokyo', 'Australia/Sydney', 'Europe/Moscow', 'Africa/Cairo']) {
  const f = (t, st) => new Intl.DateTimeFormat('en-US', { timeZone: z, hour: 'numeric', timeZoneName: st }).format(t);
  print(z, new Intl.DateTimeFormat('en', { timeZone: z }).resolvedOptions().timeZone, f(Date.UTC(2024, 0, 1), 'long'), f(Date.UTC(2024, 6, 1), 'long'), f(Date.UTC(2024, 0, 1), 'short'), f(Date.UTC(2024, 6, 1), 'short'));
}
