// The codes of score's columnar cells and compiled leaves: small integers, so the hot loops compare
// numbers (a typed array holds the kinds; a switch on a leaf's code picks its rule).

// What a cell (unit × period × indicator) holds. Numbers live in a Float64Array, so the kind says how
// to read them: a boolean is 0 / 1, a share is its value n·100 ÷ d (or n ÷ d) with n and d kept
// beside it for exact comparisons, a category is kept as text on the side.
const ABSENT = 0;
const NUMBER = 1;
const BOOL = 2;
const CATEGORY = 3;
const SHARE_PERCENT = 4;
const SHARE_RATIO = 5;
const NONE = 6;
const NONE_WHY = '0 of 0 (a share of nothing)';

// Rule codes of the compiled leaves.
const R_INDEX = 0;
const R_PROPORTIONAL = 1;
const R_BANDS = 2;
const R_CATEGORICAL = 3;
const R_BOOLEAN = 4;
const R_MINMAX = 5;
const R_DISTANCE = 6;
const R_MINMAX_PEERS = 7;
const R_ZSCORE = 8;
const R_RANK = 9;
const R_PERCENT_OF_MAX = 10;

export { ABSENT, NUMBER, BOOL, CATEGORY, SHARE_PERCENT, SHARE_RATIO, NONE, NONE_WHY };
export { R_INDEX, R_PROPORTIONAL, R_BANDS, R_CATEGORICAL, R_BOOLEAN, R_MINMAX, R_DISTANCE, R_MINMAX_PEERS, R_ZSCORE, R_RANK, R_PERCENT_OF_MAX };
