// A valid statement that must be rolled back because the next file fails.
MERGE (s:Source {id: 'test:partial-seed'}) SET s.title = 'must not survive';
