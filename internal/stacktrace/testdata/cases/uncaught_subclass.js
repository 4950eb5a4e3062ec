class MyErr extends Error {}
throw new MyErr('subclass');
