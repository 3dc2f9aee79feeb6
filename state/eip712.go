package state

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 type strings, identical to contracts/src/ChannelTypes.sol.
const (
	ChannelStateType = "ChannelState(address hub,address user,address recipient,uint256 weiHub,uint256 weiUser," +
		"uint256 tokenHub,uint256 tokenUser,uint256 pendingDepositWeiHub,uint256 pendingWithdrawalWeiHub," +
		"uint256 pendingDepositWeiUser,uint256 pendingWithdrawalWeiUser,uint256 pendingDepositTokenHub," +
		"uint256 pendingWithdrawalTokenHub,uint256 pendingDepositTokenUser,uint256 pendingWithdrawalTokenUser," +
		"uint256 creditedDepositWei,uint256 creditedDepositToken,uint256 txCountGlobal,uint256 txCountChain,bytes32 threadRoot,uint256 threadCount,bytes32 lockRoot," +
		"uint256 lockedWei,uint256 lockedToken,uint256 timeout)"
	ThreadStateType = "ThreadState(address hub,address sender,address receiver,uint256 threadId,uint256 weiSender," +
		"uint256 weiReceiver,uint256 tokenSender,uint256 tokenReceiver,uint256 txCount)"
	LockType   = "Lock(uint256 id,bool toUser,uint256 amountWei,uint256 amountToken,bytes32 hashlock,uint256 expiry)"
	domainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"

	// DomainName and DomainVersion are the contract's EIP-712 name and version.
	DomainName    = "spoke"
	DomainVersion = "1"
)

var (
	channelStateTypeHash = crypto.Keccak256Hash([]byte(ChannelStateType))
	threadStateTypeHash  = crypto.Keccak256Hash([]byte(ThreadStateType))
	lockTypeHash         = crypto.Keccak256Hash([]byte(LockType))
	domainTypeHash       = crypto.Keccak256Hash([]byte(domainType))
)

// Domain binds signatures to one chain and one ChannelManager deployment.
type Domain struct {
	ChainID   *big.Int
	Contract  common.Address
	separator common.Hash
}

// NewDomain returns the EIP-712 domain of the ChannelManager at contract on chain chainID.
func NewDomain(chainID *big.Int, contract common.Address) *Domain {
	d := &Domain{ChainID: new(big.Int).Set(chainID), Contract: contract}
	var w words
	w.hash(domainTypeHash)
	w.hash(crypto.Keccak256Hash([]byte(DomainName)))
	w.hash(crypto.Keccak256Hash([]byte(DomainVersion)))
	w.big(chainID)
	w.address(contract)
	d.separator = w.keccak()
	return d
}

// Separator is the domain separator hash.
func (d *Domain) Separator() common.Hash { return d.separator }

// ChannelDigest is the EIP-712 digest of s that hub and user sign.
func (d *Domain) ChannelDigest(s *ChannelState) common.Hash { return d.typedDigest(s.StructHash()) }

// ThreadDigest is the EIP-712 digest of t that the thread's sender signs.
func (d *Domain) ThreadDigest(t *ThreadState) common.Hash { return d.typedDigest(t.StructHash()) }

func (d *Domain) typedDigest(structHash common.Hash) common.Hash {
	var buf [66]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:34], d.separator[:])
	copy(buf[34:], structHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// StructHash is EIP-712's hashStruct of the channel state.
func (s *ChannelState) StructHash() common.Hash {
	var w words
	w.hash(channelStateTypeHash)
	s.encode(&w)
	return w.keccak()
}

// StructHash is EIP-712's hashStruct of the thread state; the thread root commits to the initial states'.
func (t *ThreadState) StructHash() common.Hash {
	var w words
	w.hash(threadStateTypeHash)
	t.encode(&w)
	return w.keccak()
}

// Leaf is the lock's EIP-712 hashStruct, its leaf in the channel's lock root.
func (l *Lock) Leaf() common.Hash {
	var w words
	w.hash(lockTypeHash)
	l.encode(&w)
	return w.keccak()
}

// Hashlock returns keccak256 of the 32-byte preimage, as the contract computes it.
func Hashlock(preimage [32]byte) common.Hash { return crypto.Keccak256Hash(preimage[:]) }
