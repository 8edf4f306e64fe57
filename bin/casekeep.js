#!/usr/bin/env node
// The CLI is built with the app (npm run build) into out/main/cli.js.
require('../out/main/cli.js');
