import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // A test that asserts nothing cannot fail: make that itself a failure.
    expect: { requireAssertions: true }
  }
})
