// This entry file starts with a comment and has no main: the error at (1,1)
// shows line 1, not the first line with code.

function start(): void {}
