type Alias = int
