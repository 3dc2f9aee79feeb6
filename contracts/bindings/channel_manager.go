// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ChannelBaseChannel is an auto generated low-level Go binding around an user-defined struct.
type ChannelBaseChannel struct {
	WeiHub        *big.Int
	WeiUser       *big.Int
	TokenHub      *big.Int
	TokenUser     *big.Int
	WeiTotal      *big.Int
	TokenTotal    *big.Int
	TxCountGlobal uint64
	TxCountChain  uint64
	ClosingTime   uint64
	ThreadCount   uint32
	Status        uint8
	LockedWei     *big.Int
	LockedToken   *big.Int
	ThreadRoot    [32]byte
	LockRoot      [32]byte
}

// ChannelBaseThreadDispute is an auto generated low-level Go binding around an user-defined struct.
type ChannelBaseThreadDispute struct {
	WeiSender     *big.Int
	WeiReceiver   *big.Int
	TokenSender   *big.Int
	TokenReceiver *big.Int
	TxCount       uint64
	ClosingTime   uint64
	Emptied       bool
}

// ChannelTypesChannelState is an auto generated low-level Go binding around an user-defined struct.
type ChannelTypesChannelState struct {
	Hub                        common.Address
	User                       common.Address
	Recipient                  common.Address
	WeiHub                     *big.Int
	WeiUser                    *big.Int
	TokenHub                   *big.Int
	TokenUser                  *big.Int
	PendingDepositWeiHub       *big.Int
	PendingWithdrawalWeiHub    *big.Int
	PendingDepositWeiUser      *big.Int
	PendingWithdrawalWeiUser   *big.Int
	PendingDepositTokenHub     *big.Int
	PendingWithdrawalTokenHub  *big.Int
	PendingDepositTokenUser    *big.Int
	PendingWithdrawalTokenUser *big.Int
	TxCountGlobal              *big.Int
	TxCountChain               *big.Int
	ThreadRoot                 [32]byte
	ThreadCount                *big.Int
	LockRoot                   [32]byte
	LockedWei                  *big.Int
	LockedToken                *big.Int
	Timeout                    *big.Int
}

// ChannelTypesLock is an auto generated low-level Go binding around an user-defined struct.
type ChannelTypesLock struct {
	Id          *big.Int
	ToUser      bool
	AmountWei   *big.Int
	AmountToken *big.Int
	Hashlock    [32]byte
	Expiry      *big.Int
}

// ChannelTypesThreadState is an auto generated low-level Go binding around an user-defined struct.
type ChannelTypesThreadState struct {
	Hub           common.Address
	Sender        common.Address
	Receiver      common.Address
	ThreadId      *big.Int
	WeiSender     *big.Int
	WeiReceiver   *big.Int
	TokenSender   *big.Int
	TokenReceiver *big.Int
	TxCount       *big.Int
}

// ChannelManagerMetaData contains all meta data concerning the ChannelManager contract.
var ChannelManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengePeriod_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"closingTime\",\"type\":\"uint256\"}],\"name\":\"ChallengePeriodNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"closingTime\",\"type\":\"uint256\"}],\"name\":\"ChallengePeriodOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotSettling\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientChannelFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"InsufficientReserve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stored\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"InvalidChainCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidChallengePeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParties\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expectedSigner\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidThreadState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LockAlreadyResolved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"LockNotYetResolvable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoThreadLeft\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAParty\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"earliest\",\"type\":\"uint256\"}],\"name\":\"NukeTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stored\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"StaleNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadAlreadyEmptied\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadAlreadyInDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadNotInDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimeoutRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"name\":\"UpdateExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"WeiTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongDepositValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToHub\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToHub\",\"type\":\"uint256\"}],\"name\":\"ChannelEmptied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"ChannelReopened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byHub\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"}],\"name\":\"ChannelUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"}],\"name\":\"ExitChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"}],\"name\":\"ExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"HubReserveDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"HubReserveWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"paidTo\",\"type\":\"address\"}],\"name\":\"LockResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"PayoutDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"preimage\",\"type\":\"bytes32\"}],\"name\":\"PreimageRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"name\":\"ThreadChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"}],\"name\":\"ThreadEmptied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"name\":\"ThreadExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"}],\"name\":\"ThreadsNuked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"NUKE_DELAY_PERIODS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"update\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"challengeThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"channelKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"channelStateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"emptyChannel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"}],\"name\":\"emptyThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getChannel\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"weiHub\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiUser\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenHub\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenUser\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiTotal\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenTotal\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"txCountGlobal\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"txCountChain\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"threadCount\",\"type\":\"uint32\"},{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint128\",\"name\":\"lockedWei\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lockedToken\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structChannelBase.Channel\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"}],\"name\":\"getThread\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"weiSender\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiReceiver\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenSender\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenReceiver\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"txCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingTime\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"emptied\",\"type\":\"bool\"}],\"internalType\":\"structChannelBase.ThreadDispute\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"hubAuthorizedUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"hubDeposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"hubWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUser\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountToken\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.Lock\",\"name\":\"l\",\"type\":\"tuple\"}],\"name\":\"lockLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"lockKey\",\"type\":\"bytes32\"}],\"name\":\"lockResolved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"nukeThreads\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"reserveToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"reserveWei\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUser\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountToken\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.Lock\",\"name\":\"lock\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"resolveLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"preimage\",\"type\":\"bytes32\"}],\"name\":\"revealPreimage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"}],\"name\":\"revealedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"startExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"sigInitial\",\"type\":\"bytes\"}],\"name\":\"startExitThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"sigInitial\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"update\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigUpdate\",\"type\":\"bytes\"}],\"name\":\"startExitThreadWithUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"startExitWithUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"threadStateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unclaimedToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unclaimedWei\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"}],\"name\":\"userAuthorizedUpdate\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x6101a080604052346101db5760408161544d803803809161002082856101df565b8339810103126101db578051906001600160a01b03821682036101db5760200151906040516100506040826101df565b6005815260208101906473706f6b6560d81b8252604051916100736040846101df565b600183526020830191603160f81b835261008c81610216565b6101205261009984610216565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010260c0826101df565b5190206080523060c05281156101cc5761016052610180526040516151cb9081610282823960805181614cca015260a05181614d81015260c05181614c9b015260e05181614d1901526101005181614d3f01526101205181611e2e01526101405181611e570152610160518181816101a3015281816106f80152818161077b015281816118be015281816123d401528181612ca8015281816133760152613c050152610180518181816101e201528181611fca01528181612558015281816126a60152614b8e0152f35b63b4e1243360e01b5f5260045ffd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761020257604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610241576020815191015160208210610232571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c80631173d8d4146132c957806314e8c42a14612ece57806316ada46514612e3a57806322e5f63614612d665780632a5ef707146128165780632bd24f4a146126445780633c4deb111461261e5780633eb4925914612603578063426fc534146124665780634a3e20031461242e5780634e71d92d1461230d57806350c8293f1461221a578063591fc66f146121e25780636396abab146120c85780636adc799c1461209e5780636c546c9f14611f2a57806384b0196e14611e165780638a28dbc514611dde5780639155d4f414611ab65780639a44da8314611a995780639ed085d714611929578063a4326746146117a1578063aee26d3f1461157b578063b3e1bfc714611175578063bf13d3b214611146578063bfd99e8a14610ecf578063ddad333c14610eb1578063e563338c14610a79578063e590609714610a41578063ec4ae96914610920578063f0c7596614610205578063f3f480d9146101cb5763fc0c546a14610184575f80fd5b346101c7575f6003193601126101c75760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346101c7575f6003193601126101c75760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b61020e3661343f565b6102199291926138c4565b60208201926001600160a01b0361022f856136d8565b1633036108f457610120830135928334036108c457908161026561025661029795946136d8565b61025f886136d8565b906136ec565b916102bd6102738484613d91565b966102b4610280856136d8565b9160e0860135988993610160880135948591613f3c565b6102af60028b0154996001600160801b038b1661358e565b61358e565b9660801c61358e565b956102ce6101a0840135809861358e565b9161010084013591610140850135966102e7888561358e565b94610180870135956101c08801359a6103008c8961358e565b9082811080156108bb575b61086a576103229261031c9161377a565b9261377a565b916060880135946080890135918361034961033d858a61358e565b6102808d01359061358e565b118015610892575b61086a576001600160a01b038a61038661038f93839561038161037c610376866136d8565b956148a8565b613d50565b615040565b90949194615074565b16918291160361083f5750916103ed9391600397969593604051946103b386613601565b8552602085015260a0890135604085015260c0890135606085015267ffffffffffffffff6102008a0135988994015460801c169389614da7565b5f95865260026020908152604090962081519682015160801b6fffffffffffffffffffffffffffffffff19166001600160801b0397909716969096178655946040860151606087015160801b6fffffffffffffffffffffffffffffffff19166001600160801b039190911617600182015560808681015160a088015190911b6fffffffffffffffffffffffffffffffff19166001600160801b03919091161760028201556003810167ffffffffffffffff8060c089015116167fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000082541617815561052167ffffffffffffffff60e08901511682907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b61010087015181547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff000000000000000000000000000000001617815561012087015181547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff000000000000000000000000000000000000000000000000161781556101408701516003811015610812576040976105e06101c092600694613800565b61016081015161018082015160801b6fffffffffffffffffffffffffffffffff19166001600160801b03919091161760048501556101a081015160058501550151910155806107e3575b50806107b4575b5061063b826136d8565b907fdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c183760606001600160a01b03806106718c6136d8565b8851955f87526101e089013560208801528987015216941692a3016001600160a01b0361069d826136d8565b166107a557506106ac846136d8565b915b80610774575b5080610723575b5050806106e8575b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6106f461071c926136d8565b30907f0000000000000000000000000000000000000000000000000000000000000000613938565b80806106c3565b5f80808093855af161073361371d565b501561073f57806106bb565b6001600160a01b03907f43a39e1a000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b61079f90837f0000000000000000000000000000000000000000000000000000000000000000614089565b846106b4565b6107ae906136d8565b916106ae565b6001600160a01b036107c5846136d8565b165f5260076020526107db845f2091825461358e565b905587610631565b6001600160a01b036107f4856136d8565b165f52600660205261080a855f2091825461358e565b90558861062a565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7fd855c4f4000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f1c92c7ce000000000000000000000000000000000000000000000000000000005f5260045ffd5b50846108b56108a960c08d013560a08e013561358e565b6102a08d01359061358e565b11610351565b5081841061030b565b837f91a987de000000000000000000000000000000000000000000000000000000005f526004523460245260445ffd5b7f544fc10d000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346101c7576101a06003193601126101c75761093a6133a0565b6109426133b6565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101643567ffffffffffffffff81116101c75761098f9036906004016133e0565b610184359167ffffffffffffffff83116101c7576109b46109c6933690600401613411565b9290916109bf6138c4565b8686614a14565b506109e36109d261367e565b6109da613694565b60a43591614878565b917fb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc60206001600160a01b0380604051945f865216941692a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101c75760206003193601126101c7576001600160a01b03610a626133a0565b165f526007602052602060405f2054604051908152f35b346101c7576102e06003193601126101c757610a936133a0565b610a9b6133b6565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101643567ffffffffffffffff81116101c757610ae89036906004016133e0565b91906101843567ffffffffffffffff81116101c757610b0b903690600401613411565b6101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe5c9392933601126101c7576102c43567ffffffffffffffff81116101c757610b5a903690600401613411565b939095610b656138c4565b610b6d6136aa565b6001600160a01b0380610b7e61367e565b16911614801590610e8d575b8015610e7e575b610d9057610ba0938887614a14565b6002810193845460ff8160801c16610e56576101a4356001600160a01b038116958682036101c7576001600160a01b03169586148015929150610e3e575b508015610e0e575b8015610ddb575b8015610dcb575b8015610db8575b610d9057610cda92610c0f916101a4614ff3565b6001600160801b03610c2361022435613a40565b166fffffffffffffffffffffffffffffffff19825416178155610c74610c4b61024435613a40565b82546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff1916178255565b6001600160801b036001610c8a61026435613a40565b920191166fffffffffffffffffffffffffffffffff19825416178155610cb261028435613a40565b6001600160801b036fffffffffffffffffffffffffffffffff1983549260801b169116179055565b6102a4359167ffffffffffffffff610cf184614f50565b167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790557fb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc60206001600160a01b03610d61610d4f6136aa565b610d576136c1565b6102043591614878565b956040519586521693a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f3f1e3322000000000000000000000000000000000000000000000000000000005f5260045ffd5b50600182015460801c6102843510610bfb565b50815460801c6102443510610bf4565b50610dec610284356102643561358e565b610e0760018401546001600160801b038160801c911661358e565b1415610bed565b50610e1f610244356102243561358e565b610e3783546001600160801b038160801c911661358e565b1415610be6565b67ffffffffffffffff9150166102a435111587610bde565b7f73d534af000000000000000000000000000000000000000000000000000000005f5260045ffd5b5060a435610204351415610b91565b50610e966136c1565b6001600160a01b0380610ea7613694565b1691161415610b8a565b346101c75760206003193601126101c757610ecd600435613857565b005b346101c75760406003193601126101c757610ee86133a0565b610ef06133b6565b90610ef96138c4565b610f0382826136ec565b5f52600260205260405f206003810190815460ff8160e01c1660038110156108125760018103611115575067ffffffffffffffff9060801c168042106110ea5750838154938460801c9360018401908154918260801c976001600160801b0316926001600160801b031690610f78848961358e565b6001600160801b0316600288019081546001600160801b031690610f9b9161365e565b6001600160801b031681546fffffffffffffffffffffffffffffffff1916178155610fc6838b61358e565b6001600160801b0316815460801c90610fde9161365e565b81546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff19161790555f90555f86556001600160a01b03841691825f52600660205260405f208481549061102f9161358e565b9055825f52600760205260405f208281549061104a9161358e565b905580547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c020000000000000000000000000000000000000000000000000000000017905560405192878452886020850152604084015260608301526001600160a01b0384169160807fdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d91a36110e192613a8a565b6106c392613b41565b7ff5f59f07000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b611141907f0d76e09f000000000000000000000000000000000000000000000000000000005f52613580565b60245ffd5b346101c75760206003193601126101c7576004355f526004602052602060ff60405f2054166040519015158152f35b346101c757611183366134db565b91936111909391936138c4565b61119a82826136ec565b5f52600260205260405f2092600384019182549460ff8660e01c166003811015610812576002810361154f57506111d583888a888686614822565b5f52600360205260405f2092600284019687549867ffffffffffffffff8a60401c1680156115275760ff8b60801c16610e56578042106110ea57508554926001600160801b0384169360801c92600161122e858761358e565b980154906001600160801b0382169160801c9561124b878461358e565b966004890154926112656001600160801b0385168d61358e565b9360028b01948554906001600160801b0382161091821561150c575b505061086a5760c01c63ffffffff16156114e4578f966001600160a01b03808f16981688145f14611499575050919b7001000000000000000000000000000000007fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff6001600160801b0380611345965b169f169f161790556001600160801b0361131661130d8b613a40565b8284541661365e565b166fffffffffffffffffffffffffffffffff19825416178155610cb261133b87613a40565b825460801c61365e565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff895460c01c16019163ffffffff831161146c576106c39c6114148d6113ea8e8e9c6113e56114679f996114329a907fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff7bffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b61377a565b976001600160a01b038b1698895f52600660205261140d60405f2091825461358e565b905561377a565b865f52600760205261142b60405f2091825461358e565b9055614878565b917ff09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744604080518b81528c6020820152a4613a8a565b613b41565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b91509250919b7001000000000000000000000000000000007fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff6001600160801b0380611345966112f1565b7fe49404b9000000000000000000000000000000000000000000000000000000005f5260045ffd5b61151b91925060801c8b61358e565b9060801c105f80611281565b7fa603512a000000000000000000000000000000000000000000000000000000005f5260045ffd5b611141907fd644ca95000000000000000000000000000000000000000000000000000000005f52613580565b346101c75760406003193601126101c7576115946133a0565b61159c6133b6565b6115a4613787565b506115ae916136ec565b5f52600260205260405f206040516115c5816135e4565b8154906001600160801b0382168152602081019160801c8252600183015492604082016001600160801b0385168152606083019460801c85526002820154608084016001600160801b038216815260a085019160801c825260038401549160c0860167ffffffffffffffff8416815260e08701908460401c67ffffffffffffffff1682526101008801928560801c67ffffffffffffffff1684526101208901948660c01c63ffffffff1686526101408a019660e01c60ff1661168790886137f4565b60048901549b8c986101608c01996001600160801b03168a526101808c01809e60801c905260058b01549a6101a08d019b8c52600601549b6101c081019c8d526040519d8e91516001600160801b03168252516001600160801b03169060200152516001600160801b031660408d0152516001600160801b031660608c0152516001600160801b031660808b0152516001600160801b031660a08a01525167ffffffffffffffff1660c08901525167ffffffffffffffff1660e08801525167ffffffffffffffff166101008701525163ffffffff1661012086015251946003861015610812576001600160801b0380926101e09761014088015251166101608601525116610180840152516101a0830152516101c0820152f35b346101c75760406003193601126101c7576004356024356117c06138c4565b335f5260066020528160405f2054108015611914575b6118e857335f52600660205260405f206117f183825461377a565b9055335f52600760205260405f2061180a82825461377a565b90556040518281528160208201527fb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea560403392a2806118b7575b508061186f575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5f80808093335af161187f61371d565b501561188b57806106c3565b7f43a39e1a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6118e290337f0000000000000000000000000000000000000000000000000000000000000000614089565b81611844565b7f4f0cadc7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b50335f5260076020528060405f2054106117d6565b346101c7576102e06003193601126101c757604051602081017f50b7a84aebbe1039833e5e3a13dbd29883d4af6f231292a95c5aff7509c0b89e81526004356001600160a01b0381168091036101c75760408301526024356001600160a01b0381168091036101c7576060830152604435906001600160a01b0382168092036101c75782611a91926080602095015260643560a082015260843560c082015260a43560e082015260c43561010082015260e435610120820152610104356101408201526101243561016082015261014435610180820152610164356101a0820152610184356101c08201526101a4356101e08201526101c4356102008201526101e435610220820152610204356102408201526102243561026082015261024435610280820152610264356102a0820152610284356102c08201526102a4356102e08201526102c4356103008201526103008152611a896103208261361d565b519020613d50565b604051908152f35b346101c7575f6003193601126101c7576020604051620186a08152f35b346101c7576101806003193601126101c757611ad06133a0565b611ad86133b6565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101643567ffffffffffffffff81116101c757611b25903690600401613411565b611b309291926138c4565b611b3a84836136ec565b5f52600260205260405f2060ff600382015460e01c166003811015610812576002810361154f575090611b858392611b7061367e565b611b78613694565b908860a435968794614822565b5f52600360205260405f20600281019467ffffffffffffffff865460401c1680156115275780421015611db35750855460ff8160801c16610e56576044356001600160a01b038116968782036101c7576001600160a01b03169687148015929150611d9b575b508015611d6d575b8015611d3a575b8015611d2b575b8015611d18575b610d90577f46cf538c462dcfb5356cd5e116137ddcbfa8575f8597a3c03aa1d80090ed1e4193611cc36001600160a01b0393611c4b602096610d61956044614ff3565b6001600160801b03611c5e60c435613a40565b166fffffffffffffffffffffffffffffffff19825416178155611c85610c4b60e435613a40565b6001600160801b036001611c9b61010435613a40565b920191166fffffffffffffffffffffffffffffffff19825416178155610cb261012435613a40565b610144359667ffffffffffffffff611cda89614f50565b167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055611d0a61367e565b611d12613694565b90614878565b50600182015460801c6101243510611c08565b50815460801c60e43510611c01565b50611d4b610124356101043561358e565b611d6660018401546001600160801b038160801c911661358e565b1415611bfa565b50611d7c60e43560c43561358e565b611d9483546001600160801b038160801c911661358e565b1415611bf3565b67ffffffffffffffff91501661014435111588611beb565b7f6fda6464000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101c75760206003193601126101c7576001600160a01b03611dff6133a0565b165f526008602052602060405f2054604051908152f35b346101c7575f6003193601126101c757611ece611e527f0000000000000000000000000000000000000000000000000000000000000000614f9c565b611e7b7f0000000000000000000000000000000000000000000000000000000000000000614f9c565b6020611edc60405192611e8e838561361d565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e087019061353d565b90858203604087015261353d565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110611f1357505050500390f35b835185528695509381019392810192600101611f04565b346101c757611f383661347d565b611f4594929193946138c4565b611f4e836136d8565b93611f666020850195611f60876136d8565b90613fe9565b611f81611f72856136d8565b611f7b876136d8565b9061405b565b611f96611f8d856136d8565b61025f876136d8565b92835f52600260205260405f209660ff600389015460e01c1660038110156108125780612072575085611ff5969798611fef7f00000000000000000000000000000000000000000000000000000000000000004261358e565b966140fb565b7fcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f66001600160a01b0361203061202a846136d8565b946136d8565b604080513381526101e0959095013560208601529082169490911692a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b611141907fd7bcb4ab000000000000000000000000000000000000000000000000000000005f52613580565b346101c75760206003193601126101c7576004355f526005602052602060405f2054604051908152f35b346101c7576121296120d9366134db565b935f60c06040959395516120ec8161359b565b8281528260208201528260408201528260608201528260808201528260a0820152015261211982826136ec565b5f52600260205260405f20614822565b5f52600360205260e060405f206001600160801b0367ffffffffffffffff6040516121538161359b565b818454918480841696878352602083019460801c855281600182015491600260408601918385168352606087019460801c8552015498899760ff60c060808901988a8c168a528a60a082019c60401c168c52019b60801c1615158b526040519b8c52511660208b0152511660408901525116606087015251166080850152511660a083015251151560c0820152f35b346101c75760206003193601126101c7576001600160a01b036122036133a0565b165f526006602052602060405f2054604051908152f35b346101c7576122283661347d565b61223594929193946138c4565b61223e836136d8565b936122506020850195611f60876136d8565b61225c611f8d856136d8565b92835f52600260205260405f2096600388015460ff8160e01c1660038110156108125760018103611115575067ffffffffffffffff9060801c1694854210156122e157958097986122ac976140fb565b7fa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f6001600160a01b0361203061202a846136d8565b857f6fda6464000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101c7575f6003193601126101c7576123256138c4565b335f52600860205260405f2054335f52600960205260405f2054811590818092612426575b6123fe57335f5260086020525f6040812055335f5260096020525f60408120556040518381528160208201527f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a60403392a2806123cd575b501561186f575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6123f890337f0000000000000000000000000000000000000000000000000000000000000000614089565b826123a2565b7f969bf728000000000000000000000000000000000000000000000000000000005f5260045ffd5b50801561234a565b346101c75760206003193601126101c7576001600160a01b0361244f6133a0565b165f526009602052602060405f2054604051908152f35b346101c75760406003193601126101c75761247f6133a0565b6124876133b6565b61248f6138c4565b6124998183613fe9565b6124a3818361405b565b6124ad81836136ec565b5f526002602052600360405f200160ff815460e01c1660038110156108125780612072575060406001600160a01b038067ffffffffffffffff7fcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6947c01000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254161781556125cb61258261257d7f00000000000000000000000000000000000000000000000000000000000000004261358e565b614f50565b82547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff0000000000000000000000000000000016178255565b541694835195338752602087015216941692a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101c7575f6003193601126101c7576020604051600a8152f35b346101c75760406003193601126101c7576020611a9161263c6133a0565b61025f6133b6565b346101c75760406003193601126101c75761265d6133a0565b6126656133b6565b9061266e6138c4565b61267882826136ec565b5f52600260205260405f20906003820191825460ff8160e01c166003811015610812576002810361154f57507f0000000000000000000000000000000000000000000000000000000000000000600a810290808204600a149015171561146c5767ffffffffffffffff6126ee9260801c1661358e565b8042106127eb575083600282019283549460048401948554956001600160801b03871697886001600160801b038216906127279161365e565b6001600160801b03169760801c9060801c906127429161365e565b82546001600160801b03998a166fffffffffffffffffffffffffffffffff19918216811785559254169091179091559095169480547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1690556040518481528560208201526001600160a01b038316906001600160a01b0383169060407f078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f491a36110e192613a8a565b7ff87a5428000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101c7576128243661343f565b909161282e6138c4565b6001600160a01b0361283f826136d8565b1633036108f4576001600160801b0392612858826136d8565b9161286a602082019361025f856136d8565b916128758383613d91565b6128d76101208401356102af60e08601356128ce612893848361358e565b936102af6101608a0135936128c18b6101a0810135986128bc6128b68b8a61358e565b926136d8565b613f3c565b60028901549e8f1661358e565b9a60801c61358e565b9161010084013591610140850135976128f0898561358e565b94610180870135956101c08801359b6129098d8961358e565b908281108015612d5d575b61086a576129259261031c9161377a565b916060880135946080890135918361294061033d858a61358e565b118015612d40575b61086a576001600160a01b038a61038661296e938f9561038161037c61037687996136d8565b16918291160361083f5750916129929391600397969593604051946103b386613601565b5f95865260026020908152604090962081519682015160801b6fffffffffffffffffffffffffffffffff19166001600160801b0397909716969096178655946040860151606087015160801b6fffffffffffffffffffffffffffffffff19166001600160801b039190911617600182015560808681015160a088015190911b6fffffffffffffffffffffffffffffffff19166001600160801b03919091161760028201556003810167ffffffffffffffff8060c089015116167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416178155612ac667ffffffffffffffff60e08901511682907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b61010087015181547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff000000000000000000000000000000001617815561012087015181547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff00000000000000000000000000000000000000000000000016178155610140870151600381101561081257604097612b856101c092600694613800565b61016081015161018082015160801b6fffffffffffffffffffffffffffffffff19166001600160801b03919091161760048501556101a08101516005850155015191015580612d11575b5080612ce2575b50612be0826136d8565b907fdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c183760606001600160a01b0380612c16896136d8565b885195600187526101e089013560208801528987015216941692a3016001600160a01b03612c43826136d8565b16612cd25750612c52906136d8565b915b80612ca1575b5080612c85575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5f80808093855af1612c9561371d565b501561073f57806106c3565b612ccc90837f0000000000000000000000000000000000000000000000000000000000000000614089565b82612c5a565b612cdc91506136d8565b91612c54565b6001600160a01b03612cf3846136d8565b165f526007602052612d09845f2091825461358e565b905586612bd6565b6001600160a01b03612d22856136d8565b165f526006602052612d38855f2091825461358e565b905587612bcf565b5084612d576108a960c08d013560a08e013561358e565b11612948565b50818410612914565b346101c7576101206003193601126101c757604051602081017fa8229460120b9456713db6135091197efda2e025050870cfa5b53c87d232606d81526004356001600160a01b0381168091036101c75760408301526024356001600160a01b0381168091036101c7576060830152604435906001600160a01b0382168092036101c75782611a91926080602095015260643560a082015260843560c082015260a43560e082015260c43561010082015260e435610120820152610104356101408201526101408152611a896101608261361d565b346101c75760c06003193601126101c757604051602081017face0e697d6e7cdbc01ad1801316f11684ff61642f5b01ab8d7091e19ce24cd8281526004356040830152602435918215158093036101c7576020926060820152604435608082015260643560a082015260843560c082015260a43560e082015260e08152612ec36101008261361d565b519020604051908152f35b346101c7576101206003193601126101c757612ee86133a0565b612ef06133b6565b9060c07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101043567ffffffffffffffff81116101c757612f3c9036906004016133e0565b9190612f466138c4565b612f5084836136ec565b5f52600260205260405f2060038101549260ff8460e01c166003811015610812576002810361154f575060405160208101917face0e697d6e7cdbc01ad1801316f11684ff61642f5b01ab8d7091e19ce24cd82835260443560408301526064358015158091036101c7578060608401526084359687608085015261300c60a435998a60a087015260c435968760c088015260e435968760e082015260e08152612ffb6101008261361d565b51902098899160068a0154916139f4565b156132a1578661308861301f8c866136ec565b61305c60405193849267ffffffffffffffff602085019760801c16908767ffffffffffffffff604092959493606083019683521660208201520152565b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810183528261361d565b51902093845f52600460205260ff60405f205416613279575f52600560205260405f205483811515918261326e575b505015928380613264575b6132395750600485019283546001600160801b038116891190811561322c575b5061086a5761315d8a946131dd965f52600460205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556001600160801b0361313861130d8c613a40565b166fffffffffffffffffffffffffffffffff19825416178155610cb261133b8c613a40565b61318261316989613a40565b6001600160801b0361313860028a01928284541661365e565b15149384156132255782955b6001600160a01b038316966001600160a01b0360405191168152877f98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f4360206001600160a01b03881693a4613a8a565b156131ec57506106c392613b41565b809293505f52600660205261320660405f2091825461358e565b90555f52600760205261321e60405f2091825461358e565b90556106c3565b819561318e565b905060801c89118b6130e2565b7fb568c042000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50804211156130c2565b11159050838b6130b7565b7fc49b89ac000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f09bde339000000000000000000000000000000000000000000000000000000005f5260045ffd5b60206003193601126101c7576004356132e06138c4565b335f52600660205260405f206132f734825461358e565b9055335f52600760205260405f2061331082825461358e565b90556040513481528160208201527fdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca860403392a28061336e575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b61339a9030337f0000000000000000000000000000000000000000000000000000000000000000613938565b806106c3565b600435906001600160a01b03821682036101c757565b602435906001600160a01b03821682036101c757565b35906001600160a01b03821682036101c757565b9181601f840112156101c75782359167ffffffffffffffff83116101c7576020808501948460051b0101116101c757565b9181601f840112156101c75782359167ffffffffffffffff83116101c757602083818601950101116101c757565b90600319820161030081126101c7576102e0136101c7576004916102e4359067ffffffffffffffff82116101c75761347991600401613411565b9091565b90600319820161032081126101c7576102e0136101c7576004916102e43567ffffffffffffffff81116101c757816134b791600401613411565b92909291610304359067ffffffffffffffff82116101c75761347991600401613411565b60031960a09101126101c7576004356001600160a01b03811681036101c757906024356001600160a01b03811681036101c757906044356001600160a01b03811681036101c757906064356001600160a01b03811681036101c7579060843590565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b600381101561081257600452565b9190820180921161146c57565b60e0810190811067ffffffffffffffff8211176135b757604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6101e0810190811067ffffffffffffffff8211176135b757604052565b6080810190811067ffffffffffffffff8211176135b757604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176135b757604052565b906001600160801b03809116911603906001600160801b03821161146c57565b6064356001600160a01b03811681036101c75790565b6084356001600160a01b03811681036101c75790565b6101c4356001600160a01b03811681036101c75790565b6101e4356001600160a01b03811681036101c75790565b356001600160a01b03811681036101c75790565b906001600160a01b03604051918160208401941684521660408201526040815261371760608261361d565b51902090565b3d15613775573d9067ffffffffffffffff82116135b7576040519161376a601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0166020018461361d565b82523d5f602084013e565b606090565b9190820391821161146c57565b60405190613794826135e4565b5f6101c0838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a08201520152565b60038210156108125752565b906003811015610812577fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff7cff0000000000000000000000000000000000000000000000000000000083549260e01b169116179055565b60405160208101908282526020815261387160408261361d565b51902090815f52600560205260405f20546138c05760207f95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a091835f52600582524260405f2055604051908152a2565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6139105760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b9290916001600160a01b039081604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004521660245260445260205f60648180865af19060015f51148216156139d3575b6040525f6060521561399e5750565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b9060018115166139eb57823b15153d1516169061398f565b503d5f823e3d90fd5b9092915f925b84841015613a38578360051b830135908181105f14613a27575f52602052600160405f205b9301926139fa565b905f52602052600160405f20613a1f565b149392505050565b6001600160801b038111613a5a576001600160801b031690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52608060045260245260445ffd5b9091600382019063ffffffff825460c01c1615801590613b2b575b8015613b1b575b613b15575f60066001600160a01b039485947fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff815416905582600582015501551691167fc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d345f80a3565b50505050565b50600483015460801c1515613aac565b506001600160801b036004840154161515613aa5565b5f915f9380151580613c02575b613bfa575b5080613be3575b508115801590613bda575b613b6e57505050565b7f7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b916001600160a01b036040921693845f526008602052825f20613bb383825461358e565b9055845f526009602052825f20613bcb82825461358e565b905582519182526020820152a2565b50821515613b65565b5f8080808486620186a0f1613b5a5791505f613b5a565b93505f613b53565b507f0000000000000000000000000000000000000000000000000000000000000000604051907fa9059cbb000000000000000000000000000000000000000000000000000000005f526001600160a01b0385166004528260245260205f60448180855af19060015f5114821615613c7f575b509060405215613b4e565b3b15153d1516165f613c74565b60405161010060208201927fa8229460120b9456713db6135091197efda2e025050870cfa5b53c87d232606d84526001600160a01b03613ccb826133cc565b1660408401526001600160a01b03613ce5602083016133cc565b1660608401526001600160a01b03613cff604083016133cc565b166080840152606081013560a0840152608081013560c084015260a081013560e084015260c08101358284015260e0810135610120840152013561014082015261014081526137176101608261361d565b604290613d5b614c91565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b9190613dab613d9f846136d8565b611f60602086016136d8565b5f52600260205260405f209160038301549060ff8260e01c1660038110156108125780612072575060e081013561010082013517610120820135176101408201351761016082013517610180820135176101a0820135176101c08201351715613f14576102c08101358015613eec57804211613ec157506101e081013567ffffffffffffffff831680821115613e9357505061020001359060401c67ffffffffffffffff166001810180821161146c578203613e65575050565b7fc1aed7e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7ff54256bf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f204a9e3c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fd6b0cd15000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f175c1aea000000000000000000000000000000000000000000000000000000005f5260045ffd5b9080613fae575b5081613f4d575050565b6001600160a01b0316805f5260076020528160405f205410613f83575f526007602052613f7f60405f2091825461377a565b9055565b7f4f0cadc7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160a01b038216805f5260066020528160405f205410613f83575f526006602052613fe160405f2091825461377a565b90555f613f43565b6001600160a01b039081169116818114918215614052575b508115614049575b811561403f575b5061401757565b7fb6e500fe000000000000000000000000000000000000000000000000000000005f5260045ffd5b905030145f614010565b80159150614009565b1591505f614001565b6001600160a01b03163314159081614075575b506108f457565b6001600160a01b039150163314155f61406e565b916001600160a01b03604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f51148216156140e3575b6040521561399e5750565b9060018115166139eb57823b15153d151616906140d8565b9397969594929091946101e08601359860038401549467ffffffffffffffff8616808c11156147f2575060e088013561010089013517610120890135176101408901351761016089013517610180890135176101a0890135176101c08901351715159367ffffffffffffffff6102008a01359760401c16966001880180891161146c578114958882109081156147cb575b81156147b5575b5061478657506141a561037c8a6148a8565b926001600160a01b036141b78b6136d8565b163314159182614758575b50506147475760208801926001600160a01b036141de856136d8565b163314159182614711575b505090506146d457506040516141fe81613601565b606086013590818152608087013580602083015260a08801359081604084015260c0890135928360608201529461462a575b50505050805190614247602082019283519061358e565b98600261425a610280890135809c61358e565b940154976001600160801b03891680951180156145fd575b61086a5761427e613787565b5061429361428c8451613a40565b9451613a40565b986142de6142d86142d26142cc6142c36142bd60606142b560408c0151613a40565b9a0151613a40565b9a613a40565b9460801c613a40565b95614f50565b98614f50565b92614f50565b926102408a01359463ffffffff86116145cc576143036001600160801b039d9e613a40565b976143126102a08d0135613a40565b9c8e604051996143218b6135e4565b168952602089019e8f911690526001600160801b0360408901921682526001600160801b0360608901911681526001600160801b0360808901941684526001600160801b0360a089019316835267ffffffffffffffff60c089019a168a5267ffffffffffffffff60e089019516855267ffffffffffffffff61010089019616865263ffffffff61012089019716875261014088019760036001101561081257600189526001600160801b03998a1661016082019081529d8a1661018082019081526102208e01356101a08301908152610260909e01356101c083019081525f9d8e5260026020526040909d2091519f5160801b6fffffffffffffffffffffffffffffffff19169f909a169e909e178e55979b999a99978d9151905160801b6fffffffffffffffffffffffffffffffff19166001600160801b0390911617600191909101559051905160801b6fffffffffffffffffffffffffffffffff19166001600160801b039091161760028b0155945160038a01805496516fffffffffffffffff000000000000000060409190911b1667ffffffffffffffff9092166fffffffffffffffffffffffffffffffff19909716969096171785555184547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff00000000000000000000000000000000161784555183547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff00000000000000000000000000000000000000000000000016178355516003811015610812576006956145906001600160801b03926145c095613800565b915191516fffffffffffffffffffffffffffffffff1990821660801b1691166001600160801b0316176004860155565b51600584015551910155565b857f6dfcc650000000000000000000000000000000000000000000000000000000005f52602060045260245260445ffd5b50614620614614604085015160608601519061358e565b6102a08a01359061358e565b8960801c10614272565b90919293506102c0880135801515806146cb575b613ec157506146bd929161468d6146a5926146788b6040519861466260808b61361d565b6080368b3760e06101008301359201359061511f565b87526101408b0135906101208c01359061511f565b6020860152610180890135906101608a01359061511f565b60408401526101c0870135906101a08801359061511f565b60608201525f808080614230565b5080421161463e565b6146e56001600160a01b03916136d8565b7fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b61471f925061472893615040565b90929192615074565b6001600160a01b038061473a846136d8565b1691161415805f806141e9565b6001600160a01b036146e5896136d8565b61476892509061471f9185615040565b6001600160a01b038061477a8b6136d8565b16911614155f806141c2565b877fc1aed7e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9050806147c3575b5f614193565b5080156147bd565b905088821415806147dd575b9061418c565b5086806147eb575b156147d7565b50806147e5565b8b907ff54256bf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b94909367ffffffffffffffff600361484161484e9561371797986136ec565b97015460801c1694614878565b604080516020810195865267ffffffffffffffff909416908401526060830152816080810161305c565b916001600160a01b036040519281602085019516855216604083015260608201526060815261371760808261361d565b6040516102c060208201927f50b7a84aebbe1039833e5e3a13dbd29883d4af6f231292a95c5aff7509c0b89e84526001600160a01b036148e7826133cc565b1660408401526001600160a01b03614901602083016133cc565b1660608401526001600160a01b0361491b604083016133cc565b166080840152606081013560a0840152608081013560c084015260a081013560e084015260c081013561010084015260e08101356101208401526101008101356101408401526101208101356101608401526101408101356101808401526101608101356101a08401526101808101356101c08401526101a08101356101e08401526101c08101356102008401526101e08101356102208401526102008101356102408401526102208101356102608401526102408101356102808401526102608101356102a0840152610280810135828401526102a08101356102e0840152013561030082015261030081526137176103208261361d565b949092939193614a24848761405b565b614a2e84876136ec565b5f52600260205260405f209460ff600387015460e01c166003811015610812576002810361154f57506044356001600160a01b038116908181036101c757506001600160a01b03881614801590614c40575b8015614c34575b8015614c29575b8015614c1d575b610d90576005860154614ab292614aac6044613c8c565b926139f4565b156132a157614ac2916044614ff3565b6064356001600160a01b03811681036101c757608435916001600160a01b03831683036101c757614af69460a43594614822565b5f52600360205260405f209060028201805460ff8160801c16610e565760401c67ffffffffffffffff16614bf557614bf3906001600160801b03614b3b60c435613a40565b166fffffffffffffffffffffffffffffffff19855416178455614b6061010435613a40565b6001600160801b036001860191166fffffffffffffffffffffffffffffffff19825416179055614bb361257d7f00000000000000000000000000000000000000000000000000000000000000004261358e565b7fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b565b7f94fc5948000000000000000000000000000000000000000000000000000000005f5260045ffd5b50610124351515614a95565b5060e4351515614a8e565b50610144351515614a87565b506064356001600160a01b038116908181036101c757506001600160a01b038616908114159081614c72575b50614a80565b6084356001600160a01b03811692508281036101c7575014155f614c6c565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480614d7e575b15614cec577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261371760c08261361d565b507f00000000000000000000000000000000000000000000000000000000000000004614614cc3565b92919091614db3613787565b50614dbe8351613a40565b95614dcc6020850151613a40565b95614df9614df3614ded6060614de560408a0151613a40565b980151613a40565b95613a40565b93613a40565b614e13614e0d614e0d6101e08a0135614f50565b93614f50565b936102408801359563ffffffff8711614f1f57614e346102808a0135613a40565b97614e436102a08b0135613a40565b9a6040519c614e518e6135e4565b6001600160801b03168d526001600160801b031660208d01526001600160801b031660408c01526001600160801b031660608b01526001600160801b031660808a01526001600160801b031660a089015267ffffffffffffffff1660c088015267ffffffffffffffff1660e087015267ffffffffffffffff1661010086015263ffffffff1661012085015260035f101561081257610260926001600160801b0380925f61014088015216610160860152166101808401526102208101356101a084015201356101c082015290565b867f6dfcc650000000000000000000000000000000000000000000000000000000005f52602060045260245260445ffd5b67ffffffffffffffff8111614f6c5767ffffffffffffffff1690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52604060045260245260445ffd5b60ff811690601f8211614fcb5760405191614fb860408461361d565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b60208101926001600160a01b03615009856136d8565b163314613b15576150239261038161037c61471f94613c8c565b6001600160a01b0380615035846136d8565b169116036146d45750565b906041830361506a576150639250602081013591604082359201355f1a9061513e565b9192909190565b50505f9160029190565b60048110156108125780615086575050565b600181036150b6577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281036150ea57507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6003146150f45750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9161512a919261358e565b9080821061086a5761513b9161377a565b90565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116151c0579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156151b5575f516001600160a01b038116156151ab57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
}

// ChannelManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use ChannelManagerMetaData.ABI instead.
var ChannelManagerABI = ChannelManagerMetaData.ABI

// ChannelManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ChannelManagerMetaData.Bin instead.
var ChannelManagerBin = ChannelManagerMetaData.Bin

// DeployChannelManager deploys a new Ethereum contract, binding an instance of ChannelManager to it.
func DeployChannelManager(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, challengePeriod_ *big.Int) (common.Address, *types.Transaction, *ChannelManager, error) {
	parsed, err := ChannelManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ChannelManagerBin), backend, token_, challengePeriod_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ChannelManager{ChannelManagerCaller: ChannelManagerCaller{contract: contract}, ChannelManagerTransactor: ChannelManagerTransactor{contract: contract}, ChannelManagerFilterer: ChannelManagerFilterer{contract: contract}}, nil
}

// ChannelManager is an auto generated Go binding around an Ethereum contract.
type ChannelManager struct {
	ChannelManagerCaller     // Read-only binding to the contract
	ChannelManagerTransactor // Write-only binding to the contract
	ChannelManagerFilterer   // Log filterer for contract events
}

// ChannelManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type ChannelManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChannelManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ChannelManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChannelManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ChannelManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChannelManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ChannelManagerSession struct {
	Contract     *ChannelManager   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ChannelManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ChannelManagerCallerSession struct {
	Contract *ChannelManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ChannelManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ChannelManagerTransactorSession struct {
	Contract     *ChannelManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ChannelManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type ChannelManagerRaw struct {
	Contract *ChannelManager // Generic contract binding to access the raw methods on
}

// ChannelManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ChannelManagerCallerRaw struct {
	Contract *ChannelManagerCaller // Generic read-only contract binding to access the raw methods on
}

// ChannelManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ChannelManagerTransactorRaw struct {
	Contract *ChannelManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewChannelManager creates a new instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManager(address common.Address, backend bind.ContractBackend) (*ChannelManager, error) {
	contract, err := bindChannelManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ChannelManager{ChannelManagerCaller: ChannelManagerCaller{contract: contract}, ChannelManagerTransactor: ChannelManagerTransactor{contract: contract}, ChannelManagerFilterer: ChannelManagerFilterer{contract: contract}}, nil
}

// NewChannelManagerCaller creates a new read-only instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManagerCaller(address common.Address, caller bind.ContractCaller) (*ChannelManagerCaller, error) {
	contract, err := bindChannelManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerCaller{contract: contract}, nil
}

// NewChannelManagerTransactor creates a new write-only instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*ChannelManagerTransactor, error) {
	contract, err := bindChannelManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerTransactor{contract: contract}, nil
}

// NewChannelManagerFilterer creates a new log filterer instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*ChannelManagerFilterer, error) {
	contract, err := bindChannelManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerFilterer{contract: contract}, nil
}

// bindChannelManager binds a generic wrapper to an already deployed contract.
func bindChannelManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ChannelManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ChannelManager *ChannelManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ChannelManager.Contract.ChannelManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ChannelManager *ChannelManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChannelManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ChannelManager *ChannelManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChannelManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ChannelManager *ChannelManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ChannelManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ChannelManager *ChannelManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChannelManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ChannelManager *ChannelManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ChannelManager.Contract.contract.Transact(opts, method, params...)
}

// NUKEDELAYPERIODS is a free data retrieval call binding the contract method 0x3eb49259.
//
// Solidity: function NUKE_DELAY_PERIODS() view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) NUKEDELAYPERIODS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "NUKE_DELAY_PERIODS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NUKEDELAYPERIODS is a free data retrieval call binding the contract method 0x3eb49259.
//
// Solidity: function NUKE_DELAY_PERIODS() view returns(uint256)
func (_ChannelManager *ChannelManagerSession) NUKEDELAYPERIODS() (*big.Int, error) {
	return _ChannelManager.Contract.NUKEDELAYPERIODS(&_ChannelManager.CallOpts)
}

// NUKEDELAYPERIODS is a free data retrieval call binding the contract method 0x3eb49259.
//
// Solidity: function NUKE_DELAY_PERIODS() view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) NUKEDELAYPERIODS() (*big.Int, error) {
	return _ChannelManager.Contract.NUKEDELAYPERIODS(&_ChannelManager.CallOpts)
}

// PAYOUTGAS is a free data retrieval call binding the contract method 0x9a44da83.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) PAYOUTGAS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "PAYOUT_GAS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PAYOUTGAS is a free data retrieval call binding the contract method 0x9a44da83.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (_ChannelManager *ChannelManagerSession) PAYOUTGAS() (*big.Int, error) {
	return _ChannelManager.Contract.PAYOUTGAS(&_ChannelManager.CallOpts)
}

// PAYOUTGAS is a free data retrieval call binding the contract method 0x9a44da83.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) PAYOUTGAS() (*big.Int, error) {
	return _ChannelManager.Contract.PAYOUTGAS(&_ChannelManager.CallOpts)
}

// ChallengePeriod is a free data retrieval call binding the contract method 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) ChallengePeriod(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "challengePeriod")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChallengePeriod is a free data retrieval call binding the contract method 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint256)
func (_ChannelManager *ChannelManagerSession) ChallengePeriod() (*big.Int, error) {
	return _ChannelManager.Contract.ChallengePeriod(&_ChannelManager.CallOpts)
}

// ChallengePeriod is a free data retrieval call binding the contract method 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) ChallengePeriod() (*big.Int, error) {
	return _ChannelManager.Contract.ChallengePeriod(&_ChannelManager.CallOpts)
}

// ChannelKey is a free data retrieval call binding the contract method 0x3c4deb11.
//
// Solidity: function channelKey(address hub, address user) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) ChannelKey(opts *bind.CallOpts, hub common.Address, user common.Address) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "channelKey", hub, user)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ChannelKey is a free data retrieval call binding the contract method 0x3c4deb11.
//
// Solidity: function channelKey(address hub, address user) pure returns(bytes32)
func (_ChannelManager *ChannelManagerSession) ChannelKey(hub common.Address, user common.Address) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelKey(&_ChannelManager.CallOpts, hub, user)
}

// ChannelKey is a free data retrieval call binding the contract method 0x3c4deb11.
//
// Solidity: function channelKey(address hub, address user) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) ChannelKey(hub common.Address, user common.Address) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelKey(&_ChannelManager.CallOpts, hub, user)
}

// ChannelStateDigest is a free data retrieval call binding the contract method 0x9ed085d7.
//
// Solidity: function channelStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s) view returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) ChannelStateDigest(opts *bind.CallOpts, s ChannelTypesChannelState) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "channelStateDigest", s)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ChannelStateDigest is a free data retrieval call binding the contract method 0x9ed085d7.
//
// Solidity: function channelStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s) view returns(bytes32)
func (_ChannelManager *ChannelManagerSession) ChannelStateDigest(s ChannelTypesChannelState) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelStateDigest(&_ChannelManager.CallOpts, s)
}

// ChannelStateDigest is a free data retrieval call binding the contract method 0x9ed085d7.
//
// Solidity: function channelStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s) view returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) ChannelStateDigest(s ChannelTypesChannelState) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelStateDigest(&_ChannelManager.CallOpts, s)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ChannelManager *ChannelManagerCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ChannelManager *ChannelManagerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _ChannelManager.Contract.Eip712Domain(&_ChannelManager.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ChannelManager *ChannelManagerCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _ChannelManager.Contract.Eip712Domain(&_ChannelManager.CallOpts)
}

// GetChannel is a free data retrieval call binding the contract method 0xaee26d3f.
//
// Solidity: function getChannel(address hub, address user) view returns((uint128,uint128,uint128,uint128,uint128,uint128,uint64,uint64,uint64,uint32,uint8,uint128,uint128,bytes32,bytes32))
func (_ChannelManager *ChannelManagerCaller) GetChannel(opts *bind.CallOpts, hub common.Address, user common.Address) (ChannelBaseChannel, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "getChannel", hub, user)

	if err != nil {
		return *new(ChannelBaseChannel), err
	}

	out0 := *abi.ConvertType(out[0], new(ChannelBaseChannel)).(*ChannelBaseChannel)

	return out0, err

}

// GetChannel is a free data retrieval call binding the contract method 0xaee26d3f.
//
// Solidity: function getChannel(address hub, address user) view returns((uint128,uint128,uint128,uint128,uint128,uint128,uint64,uint64,uint64,uint32,uint8,uint128,uint128,bytes32,bytes32))
func (_ChannelManager *ChannelManagerSession) GetChannel(hub common.Address, user common.Address) (ChannelBaseChannel, error) {
	return _ChannelManager.Contract.GetChannel(&_ChannelManager.CallOpts, hub, user)
}

// GetChannel is a free data retrieval call binding the contract method 0xaee26d3f.
//
// Solidity: function getChannel(address hub, address user) view returns((uint128,uint128,uint128,uint128,uint128,uint128,uint64,uint64,uint64,uint32,uint8,uint128,uint128,bytes32,bytes32))
func (_ChannelManager *ChannelManagerCallerSession) GetChannel(hub common.Address, user common.Address) (ChannelBaseChannel, error) {
	return _ChannelManager.Contract.GetChannel(&_ChannelManager.CallOpts, hub, user)
}

// GetThread is a free data retrieval call binding the contract method 0x6396abab.
//
// Solidity: function getThread(address hub, address user, address sender, address receiver, uint256 threadId) view returns((uint128,uint128,uint128,uint128,uint64,uint64,bool))
func (_ChannelManager *ChannelManagerCaller) GetThread(opts *bind.CallOpts, hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (ChannelBaseThreadDispute, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "getThread", hub, user, sender, receiver, threadId)

	if err != nil {
		return *new(ChannelBaseThreadDispute), err
	}

	out0 := *abi.ConvertType(out[0], new(ChannelBaseThreadDispute)).(*ChannelBaseThreadDispute)

	return out0, err

}

// GetThread is a free data retrieval call binding the contract method 0x6396abab.
//
// Solidity: function getThread(address hub, address user, address sender, address receiver, uint256 threadId) view returns((uint128,uint128,uint128,uint128,uint64,uint64,bool))
func (_ChannelManager *ChannelManagerSession) GetThread(hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (ChannelBaseThreadDispute, error) {
	return _ChannelManager.Contract.GetThread(&_ChannelManager.CallOpts, hub, user, sender, receiver, threadId)
}

// GetThread is a free data retrieval call binding the contract method 0x6396abab.
//
// Solidity: function getThread(address hub, address user, address sender, address receiver, uint256 threadId) view returns((uint128,uint128,uint128,uint128,uint64,uint64,bool))
func (_ChannelManager *ChannelManagerCallerSession) GetThread(hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (ChannelBaseThreadDispute, error) {
	return _ChannelManager.Contract.GetThread(&_ChannelManager.CallOpts, hub, user, sender, receiver, threadId)
}

// LockLeaf is a free data retrieval call binding the contract method 0x16ada465.
//
// Solidity: function lockLeaf((uint256,bool,uint256,uint256,bytes32,uint256) l) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) LockLeaf(opts *bind.CallOpts, l ChannelTypesLock) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "lockLeaf", l)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LockLeaf is a free data retrieval call binding the contract method 0x16ada465.
//
// Solidity: function lockLeaf((uint256,bool,uint256,uint256,bytes32,uint256) l) pure returns(bytes32)
func (_ChannelManager *ChannelManagerSession) LockLeaf(l ChannelTypesLock) ([32]byte, error) {
	return _ChannelManager.Contract.LockLeaf(&_ChannelManager.CallOpts, l)
}

// LockLeaf is a free data retrieval call binding the contract method 0x16ada465.
//
// Solidity: function lockLeaf((uint256,bool,uint256,uint256,bytes32,uint256) l) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) LockLeaf(l ChannelTypesLock) ([32]byte, error) {
	return _ChannelManager.Contract.LockLeaf(&_ChannelManager.CallOpts, l)
}

// LockResolved is a free data retrieval call binding the contract method 0xbf13d3b2.
//
// Solidity: function lockResolved(bytes32 lockKey) view returns(bool)
func (_ChannelManager *ChannelManagerCaller) LockResolved(opts *bind.CallOpts, lockKey [32]byte) (bool, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "lockResolved", lockKey)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// LockResolved is a free data retrieval call binding the contract method 0xbf13d3b2.
//
// Solidity: function lockResolved(bytes32 lockKey) view returns(bool)
func (_ChannelManager *ChannelManagerSession) LockResolved(lockKey [32]byte) (bool, error) {
	return _ChannelManager.Contract.LockResolved(&_ChannelManager.CallOpts, lockKey)
}

// LockResolved is a free data retrieval call binding the contract method 0xbf13d3b2.
//
// Solidity: function lockResolved(bytes32 lockKey) view returns(bool)
func (_ChannelManager *ChannelManagerCallerSession) LockResolved(lockKey [32]byte) (bool, error) {
	return _ChannelManager.Contract.LockResolved(&_ChannelManager.CallOpts, lockKey)
}

// ReserveToken is a free data retrieval call binding the contract method 0xe5906097.
//
// Solidity: function reserveToken(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) ReserveToken(opts *bind.CallOpts, hub common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "reserveToken", hub)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReserveToken is a free data retrieval call binding the contract method 0xe5906097.
//
// Solidity: function reserveToken(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) ReserveToken(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveToken(&_ChannelManager.CallOpts, hub)
}

// ReserveToken is a free data retrieval call binding the contract method 0xe5906097.
//
// Solidity: function reserveToken(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) ReserveToken(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveToken(&_ChannelManager.CallOpts, hub)
}

// ReserveWei is a free data retrieval call binding the contract method 0x591fc66f.
//
// Solidity: function reserveWei(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) ReserveWei(opts *bind.CallOpts, hub common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "reserveWei", hub)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReserveWei is a free data retrieval call binding the contract method 0x591fc66f.
//
// Solidity: function reserveWei(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) ReserveWei(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveWei(&_ChannelManager.CallOpts, hub)
}

// ReserveWei is a free data retrieval call binding the contract method 0x591fc66f.
//
// Solidity: function reserveWei(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) ReserveWei(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveWei(&_ChannelManager.CallOpts, hub)
}

// RevealedAt is a free data retrieval call binding the contract method 0x6adc799c.
//
// Solidity: function revealedAt(bytes32 hashlock) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) RevealedAt(opts *bind.CallOpts, hashlock [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "revealedAt", hashlock)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RevealedAt is a free data retrieval call binding the contract method 0x6adc799c.
//
// Solidity: function revealedAt(bytes32 hashlock) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) RevealedAt(hashlock [32]byte) (*big.Int, error) {
	return _ChannelManager.Contract.RevealedAt(&_ChannelManager.CallOpts, hashlock)
}

// RevealedAt is a free data retrieval call binding the contract method 0x6adc799c.
//
// Solidity: function revealedAt(bytes32 hashlock) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) RevealedAt(hashlock [32]byte) (*big.Int, error) {
	return _ChannelManager.Contract.RevealedAt(&_ChannelManager.CallOpts, hashlock)
}

// ThreadStateDigest is a free data retrieval call binding the contract method 0x22e5f636.
//
// Solidity: function threadStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) t) view returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) ThreadStateDigest(opts *bind.CallOpts, t ChannelTypesThreadState) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "threadStateDigest", t)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ThreadStateDigest is a free data retrieval call binding the contract method 0x22e5f636.
//
// Solidity: function threadStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) t) view returns(bytes32)
func (_ChannelManager *ChannelManagerSession) ThreadStateDigest(t ChannelTypesThreadState) ([32]byte, error) {
	return _ChannelManager.Contract.ThreadStateDigest(&_ChannelManager.CallOpts, t)
}

// ThreadStateDigest is a free data retrieval call binding the contract method 0x22e5f636.
//
// Solidity: function threadStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) t) view returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) ThreadStateDigest(t ChannelTypesThreadState) ([32]byte, error) {
	return _ChannelManager.Contract.ThreadStateDigest(&_ChannelManager.CallOpts, t)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ChannelManager *ChannelManagerCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ChannelManager *ChannelManagerSession) Token() (common.Address, error) {
	return _ChannelManager.Contract.Token(&_ChannelManager.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ChannelManager *ChannelManagerCallerSession) Token() (common.Address, error) {
	return _ChannelManager.Contract.Token(&_ChannelManager.CallOpts)
}

// UnclaimedToken is a free data retrieval call binding the contract method 0x4a3e2003.
//
// Solidity: function unclaimedToken(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) UnclaimedToken(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "unclaimedToken", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnclaimedToken is a free data retrieval call binding the contract method 0x4a3e2003.
//
// Solidity: function unclaimedToken(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) UnclaimedToken(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedToken(&_ChannelManager.CallOpts, account)
}

// UnclaimedToken is a free data retrieval call binding the contract method 0x4a3e2003.
//
// Solidity: function unclaimedToken(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) UnclaimedToken(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedToken(&_ChannelManager.CallOpts, account)
}

// UnclaimedWei is a free data retrieval call binding the contract method 0x8a28dbc5.
//
// Solidity: function unclaimedWei(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) UnclaimedWei(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "unclaimedWei", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnclaimedWei is a free data retrieval call binding the contract method 0x8a28dbc5.
//
// Solidity: function unclaimedWei(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) UnclaimedWei(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedWei(&_ChannelManager.CallOpts, account)
}

// UnclaimedWei is a free data retrieval call binding the contract method 0x8a28dbc5.
//
// Solidity: function unclaimedWei(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) UnclaimedWei(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedWei(&_ChannelManager.CallOpts, account)
}

// Challenge is a paid mutator transaction binding the contract method 0x50c8293f.
//
// Solidity: function challenge((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactor) Challenge(opts *bind.TransactOpts, s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "challenge", s, sigHub, sigUser)
}

// Challenge is a paid mutator transaction binding the contract method 0x50c8293f.
//
// Solidity: function challenge((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerSession) Challenge(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.Challenge(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// Challenge is a paid mutator transaction binding the contract method 0x50c8293f.
//
// Solidity: function challenge((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactorSession) Challenge(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.Challenge(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// ChallengeThread is a paid mutator transaction binding the contract method 0x9155d4f4.
//
// Solidity: function challengeThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sig) returns()
func (_ChannelManager *ChannelManagerTransactor) ChallengeThread(opts *bind.TransactOpts, hub common.Address, user common.Address, update ChannelTypesThreadState, sig []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "challengeThread", hub, user, update, sig)
}

// ChallengeThread is a paid mutator transaction binding the contract method 0x9155d4f4.
//
// Solidity: function challengeThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sig) returns()
func (_ChannelManager *ChannelManagerSession) ChallengeThread(hub common.Address, user common.Address, update ChannelTypesThreadState, sig []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChallengeThread(&_ChannelManager.TransactOpts, hub, user, update, sig)
}

// ChallengeThread is a paid mutator transaction binding the contract method 0x9155d4f4.
//
// Solidity: function challengeThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sig) returns()
func (_ChannelManager *ChannelManagerTransactorSession) ChallengeThread(hub common.Address, user common.Address, update ChannelTypesThreadState, sig []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChallengeThread(&_ChannelManager.TransactOpts, hub, user, update, sig)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_ChannelManager *ChannelManagerTransactor) Claim(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "claim")
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_ChannelManager *ChannelManagerSession) Claim() (*types.Transaction, error) {
	return _ChannelManager.Contract.Claim(&_ChannelManager.TransactOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_ChannelManager *ChannelManagerTransactorSession) Claim() (*types.Transaction, error) {
	return _ChannelManager.Contract.Claim(&_ChannelManager.TransactOpts)
}

// EmptyChannel is a paid mutator transaction binding the contract method 0xbfd99e8a.
//
// Solidity: function emptyChannel(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactor) EmptyChannel(opts *bind.TransactOpts, hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "emptyChannel", hub, user)
}

// EmptyChannel is a paid mutator transaction binding the contract method 0xbfd99e8a.
//
// Solidity: function emptyChannel(address hub, address user) returns()
func (_ChannelManager *ChannelManagerSession) EmptyChannel(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyChannel(&_ChannelManager.TransactOpts, hub, user)
}

// EmptyChannel is a paid mutator transaction binding the contract method 0xbfd99e8a.
//
// Solidity: function emptyChannel(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactorSession) EmptyChannel(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyChannel(&_ChannelManager.TransactOpts, hub, user)
}

// EmptyThread is a paid mutator transaction binding the contract method 0xb3e1bfc7.
//
// Solidity: function emptyThread(address hub, address user, address sender, address receiver, uint256 threadId) returns()
func (_ChannelManager *ChannelManagerTransactor) EmptyThread(opts *bind.TransactOpts, hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "emptyThread", hub, user, sender, receiver, threadId)
}

// EmptyThread is a paid mutator transaction binding the contract method 0xb3e1bfc7.
//
// Solidity: function emptyThread(address hub, address user, address sender, address receiver, uint256 threadId) returns()
func (_ChannelManager *ChannelManagerSession) EmptyThread(hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyThread(&_ChannelManager.TransactOpts, hub, user, sender, receiver, threadId)
}

// EmptyThread is a paid mutator transaction binding the contract method 0xb3e1bfc7.
//
// Solidity: function emptyThread(address hub, address user, address sender, address receiver, uint256 threadId) returns()
func (_ChannelManager *ChannelManagerTransactorSession) EmptyThread(hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyThread(&_ChannelManager.TransactOpts, hub, user, sender, receiver, threadId)
}

// HubAuthorizedUpdate is a paid mutator transaction binding the contract method 0x2a5ef707.
//
// Solidity: function hubAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactor) HubAuthorizedUpdate(opts *bind.TransactOpts, s ChannelTypesChannelState, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "hubAuthorizedUpdate", s, sigUser)
}

// HubAuthorizedUpdate is a paid mutator transaction binding the contract method 0x2a5ef707.
//
// Solidity: function hubAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerSession) HubAuthorizedUpdate(s ChannelTypesChannelState, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigUser)
}

// HubAuthorizedUpdate is a paid mutator transaction binding the contract method 0x2a5ef707.
//
// Solidity: function hubAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactorSession) HubAuthorizedUpdate(s ChannelTypesChannelState, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigUser)
}

// HubDeposit is a paid mutator transaction binding the contract method 0x1173d8d4.
//
// Solidity: function hubDeposit(uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerTransactor) HubDeposit(opts *bind.TransactOpts, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "hubDeposit", tokenAmount)
}

// HubDeposit is a paid mutator transaction binding the contract method 0x1173d8d4.
//
// Solidity: function hubDeposit(uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerSession) HubDeposit(tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubDeposit(&_ChannelManager.TransactOpts, tokenAmount)
}

// HubDeposit is a paid mutator transaction binding the contract method 0x1173d8d4.
//
// Solidity: function hubDeposit(uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerTransactorSession) HubDeposit(tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubDeposit(&_ChannelManager.TransactOpts, tokenAmount)
}

// HubWithdraw is a paid mutator transaction binding the contract method 0xa4326746.
//
// Solidity: function hubWithdraw(uint256 weiAmount, uint256 tokenAmount) returns()
func (_ChannelManager *ChannelManagerTransactor) HubWithdraw(opts *bind.TransactOpts, weiAmount *big.Int, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "hubWithdraw", weiAmount, tokenAmount)
}

// HubWithdraw is a paid mutator transaction binding the contract method 0xa4326746.
//
// Solidity: function hubWithdraw(uint256 weiAmount, uint256 tokenAmount) returns()
func (_ChannelManager *ChannelManagerSession) HubWithdraw(weiAmount *big.Int, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubWithdraw(&_ChannelManager.TransactOpts, weiAmount, tokenAmount)
}

// HubWithdraw is a paid mutator transaction binding the contract method 0xa4326746.
//
// Solidity: function hubWithdraw(uint256 weiAmount, uint256 tokenAmount) returns()
func (_ChannelManager *ChannelManagerTransactorSession) HubWithdraw(weiAmount *big.Int, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubWithdraw(&_ChannelManager.TransactOpts, weiAmount, tokenAmount)
}

// NukeThreads is a paid mutator transaction binding the contract method 0x2bd24f4a.
//
// Solidity: function nukeThreads(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactor) NukeThreads(opts *bind.TransactOpts, hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "nukeThreads", hub, user)
}

// NukeThreads is a paid mutator transaction binding the contract method 0x2bd24f4a.
//
// Solidity: function nukeThreads(address hub, address user) returns()
func (_ChannelManager *ChannelManagerSession) NukeThreads(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.NukeThreads(&_ChannelManager.TransactOpts, hub, user)
}

// NukeThreads is a paid mutator transaction binding the contract method 0x2bd24f4a.
//
// Solidity: function nukeThreads(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactorSession) NukeThreads(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.NukeThreads(&_ChannelManager.TransactOpts, hub, user)
}

// ResolveLock is a paid mutator transaction binding the contract method 0x14e8c42a.
//
// Solidity: function resolveLock(address hub, address user, (uint256,bool,uint256,uint256,bytes32,uint256) lock, bytes32[] proof) returns()
func (_ChannelManager *ChannelManagerTransactor) ResolveLock(opts *bind.TransactOpts, hub common.Address, user common.Address, lock ChannelTypesLock, proof [][32]byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "resolveLock", hub, user, lock, proof)
}

// ResolveLock is a paid mutator transaction binding the contract method 0x14e8c42a.
//
// Solidity: function resolveLock(address hub, address user, (uint256,bool,uint256,uint256,bytes32,uint256) lock, bytes32[] proof) returns()
func (_ChannelManager *ChannelManagerSession) ResolveLock(hub common.Address, user common.Address, lock ChannelTypesLock, proof [][32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ResolveLock(&_ChannelManager.TransactOpts, hub, user, lock, proof)
}

// ResolveLock is a paid mutator transaction binding the contract method 0x14e8c42a.
//
// Solidity: function resolveLock(address hub, address user, (uint256,bool,uint256,uint256,bytes32,uint256) lock, bytes32[] proof) returns()
func (_ChannelManager *ChannelManagerTransactorSession) ResolveLock(hub common.Address, user common.Address, lock ChannelTypesLock, proof [][32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ResolveLock(&_ChannelManager.TransactOpts, hub, user, lock, proof)
}

// RevealPreimage is a paid mutator transaction binding the contract method 0xddad333c.
//
// Solidity: function revealPreimage(bytes32 preimage) returns()
func (_ChannelManager *ChannelManagerTransactor) RevealPreimage(opts *bind.TransactOpts, preimage [32]byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "revealPreimage", preimage)
}

// RevealPreimage is a paid mutator transaction binding the contract method 0xddad333c.
//
// Solidity: function revealPreimage(bytes32 preimage) returns()
func (_ChannelManager *ChannelManagerSession) RevealPreimage(preimage [32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.RevealPreimage(&_ChannelManager.TransactOpts, preimage)
}

// RevealPreimage is a paid mutator transaction binding the contract method 0xddad333c.
//
// Solidity: function revealPreimage(bytes32 preimage) returns()
func (_ChannelManager *ChannelManagerTransactorSession) RevealPreimage(preimage [32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.RevealPreimage(&_ChannelManager.TransactOpts, preimage)
}

// StartExit is a paid mutator transaction binding the contract method 0x426fc534.
//
// Solidity: function startExit(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExit(opts *bind.TransactOpts, hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExit", hub, user)
}

// StartExit is a paid mutator transaction binding the contract method 0x426fc534.
//
// Solidity: function startExit(address hub, address user) returns()
func (_ChannelManager *ChannelManagerSession) StartExit(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExit(&_ChannelManager.TransactOpts, hub, user)
}

// StartExit is a paid mutator transaction binding the contract method 0x426fc534.
//
// Solidity: function startExit(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExit(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExit(&_ChannelManager.TransactOpts, hub, user)
}

// StartExitThread is a paid mutator transaction binding the contract method 0xec4ae969.
//
// Solidity: function startExitThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExitThread(opts *bind.TransactOpts, hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExitThread", hub, user, initial, proof, sigInitial)
}

// StartExitThread is a paid mutator transaction binding the contract method 0xec4ae969.
//
// Solidity: function startExitThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial) returns()
func (_ChannelManager *ChannelManagerSession) StartExitThread(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThread(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial)
}

// StartExitThread is a paid mutator transaction binding the contract method 0xec4ae969.
//
// Solidity: function startExitThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExitThread(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThread(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial)
}

// StartExitThreadWithUpdate is a paid mutator transaction binding the contract method 0xe563338c.
//
// Solidity: function startExitThreadWithUpdate(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sigUpdate) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExitThreadWithUpdate(opts *bind.TransactOpts, hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte, update ChannelTypesThreadState, sigUpdate []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExitThreadWithUpdate", hub, user, initial, proof, sigInitial, update, sigUpdate)
}

// StartExitThreadWithUpdate is a paid mutator transaction binding the contract method 0xe563338c.
//
// Solidity: function startExitThreadWithUpdate(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sigUpdate) returns()
func (_ChannelManager *ChannelManagerSession) StartExitThreadWithUpdate(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte, update ChannelTypesThreadState, sigUpdate []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThreadWithUpdate(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial, update, sigUpdate)
}

// StartExitThreadWithUpdate is a paid mutator transaction binding the contract method 0xe563338c.
//
// Solidity: function startExitThreadWithUpdate(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sigUpdate) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExitThreadWithUpdate(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte, update ChannelTypesThreadState, sigUpdate []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThreadWithUpdate(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial, update, sigUpdate)
}

// StartExitWithUpdate is a paid mutator transaction binding the contract method 0x6c546c9f.
//
// Solidity: function startExitWithUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExitWithUpdate(opts *bind.TransactOpts, s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExitWithUpdate", s, sigHub, sigUser)
}

// StartExitWithUpdate is a paid mutator transaction binding the contract method 0x6c546c9f.
//
// Solidity: function startExitWithUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerSession) StartExitWithUpdate(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitWithUpdate(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// StartExitWithUpdate is a paid mutator transaction binding the contract method 0x6c546c9f.
//
// Solidity: function startExitWithUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExitWithUpdate(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitWithUpdate(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// UserAuthorizedUpdate is a paid mutator transaction binding the contract method 0xf0c75966.
//
// Solidity: function userAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub) payable returns()
func (_ChannelManager *ChannelManagerTransactor) UserAuthorizedUpdate(opts *bind.TransactOpts, s ChannelTypesChannelState, sigHub []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "userAuthorizedUpdate", s, sigHub)
}

// UserAuthorizedUpdate is a paid mutator transaction binding the contract method 0xf0c75966.
//
// Solidity: function userAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub) payable returns()
func (_ChannelManager *ChannelManagerSession) UserAuthorizedUpdate(s ChannelTypesChannelState, sigHub []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.UserAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigHub)
}

// UserAuthorizedUpdate is a paid mutator transaction binding the contract method 0xf0c75966.
//
// Solidity: function userAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub) payable returns()
func (_ChannelManager *ChannelManagerTransactorSession) UserAuthorizedUpdate(s ChannelTypesChannelState, sigHub []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.UserAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigHub)
}

// ChannelManagerChannelEmptiedIterator is returned from FilterChannelEmptied and is used to iterate over the raw logs and unpacked data for ChannelEmptied events raised by the ChannelManager contract.
type ChannelManagerChannelEmptiedIterator struct {
	Event *ChannelManagerChannelEmptied // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerChannelEmptiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerChannelEmptied)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerChannelEmptied)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerChannelEmptiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerChannelEmptiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerChannelEmptied represents a ChannelEmptied event raised by the ChannelManager contract.
type ChannelManagerChannelEmptied struct {
	Hub         common.Address
	User        common.Address
	WeiToUser   *big.Int
	TokenToUser *big.Int
	WeiToHub    *big.Int
	TokenToHub  *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterChannelEmptied is a free log retrieval operation binding the contract event 0xdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d.
//
// Solidity: event ChannelEmptied(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser, uint256 weiToHub, uint256 tokenToHub)
func (_ChannelManager *ChannelManagerFilterer) FilterChannelEmptied(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerChannelEmptiedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ChannelEmptied", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerChannelEmptiedIterator{contract: _ChannelManager.contract, event: "ChannelEmptied", logs: logs, sub: sub}, nil
}

// WatchChannelEmptied is a free log subscription operation binding the contract event 0xdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d.
//
// Solidity: event ChannelEmptied(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser, uint256 weiToHub, uint256 tokenToHub)
func (_ChannelManager *ChannelManagerFilterer) WatchChannelEmptied(opts *bind.WatchOpts, sink chan<- *ChannelManagerChannelEmptied, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ChannelEmptied", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerChannelEmptied)
				if err := _ChannelManager.contract.UnpackLog(event, "ChannelEmptied", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelEmptied is a log parse operation binding the contract event 0xdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d.
//
// Solidity: event ChannelEmptied(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser, uint256 weiToHub, uint256 tokenToHub)
func (_ChannelManager *ChannelManagerFilterer) ParseChannelEmptied(log types.Log) (*ChannelManagerChannelEmptied, error) {
	event := new(ChannelManagerChannelEmptied)
	if err := _ChannelManager.contract.UnpackLog(event, "ChannelEmptied", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerChannelReopenedIterator is returned from FilterChannelReopened and is used to iterate over the raw logs and unpacked data for ChannelReopened events raised by the ChannelManager contract.
type ChannelManagerChannelReopenedIterator struct {
	Event *ChannelManagerChannelReopened // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerChannelReopenedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerChannelReopened)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerChannelReopened)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerChannelReopenedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerChannelReopenedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerChannelReopened represents a ChannelReopened event raised by the ChannelManager contract.
type ChannelManagerChannelReopened struct {
	Hub  common.Address
	User common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterChannelReopened is a free log retrieval operation binding the contract event 0xc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d34.
//
// Solidity: event ChannelReopened(address indexed hub, address indexed user)
func (_ChannelManager *ChannelManagerFilterer) FilterChannelReopened(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerChannelReopenedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ChannelReopened", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerChannelReopenedIterator{contract: _ChannelManager.contract, event: "ChannelReopened", logs: logs, sub: sub}, nil
}

// WatchChannelReopened is a free log subscription operation binding the contract event 0xc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d34.
//
// Solidity: event ChannelReopened(address indexed hub, address indexed user)
func (_ChannelManager *ChannelManagerFilterer) WatchChannelReopened(opts *bind.WatchOpts, sink chan<- *ChannelManagerChannelReopened, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ChannelReopened", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerChannelReopened)
				if err := _ChannelManager.contract.UnpackLog(event, "ChannelReopened", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelReopened is a log parse operation binding the contract event 0xc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d34.
//
// Solidity: event ChannelReopened(address indexed hub, address indexed user)
func (_ChannelManager *ChannelManagerFilterer) ParseChannelReopened(log types.Log) (*ChannelManagerChannelReopened, error) {
	event := new(ChannelManagerChannelReopened)
	if err := _ChannelManager.contract.UnpackLog(event, "ChannelReopened", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerChannelUpdatedIterator is returned from FilterChannelUpdated and is used to iterate over the raw logs and unpacked data for ChannelUpdated events raised by the ChannelManager contract.
type ChannelManagerChannelUpdatedIterator struct {
	Event *ChannelManagerChannelUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerChannelUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerChannelUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerChannelUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerChannelUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerChannelUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerChannelUpdated represents a ChannelUpdated event raised by the ChannelManager contract.
type ChannelManagerChannelUpdated struct {
	Hub           common.Address
	User          common.Address
	ByHub         bool
	TxCountGlobal *big.Int
	TxCountChain  *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterChannelUpdated is a free log retrieval operation binding the contract event 0xdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c1837.
//
// Solidity: event ChannelUpdated(address indexed hub, address indexed user, bool byHub, uint256 txCountGlobal, uint256 txCountChain)
func (_ChannelManager *ChannelManagerFilterer) FilterChannelUpdated(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerChannelUpdatedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ChannelUpdated", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerChannelUpdatedIterator{contract: _ChannelManager.contract, event: "ChannelUpdated", logs: logs, sub: sub}, nil
}

// WatchChannelUpdated is a free log subscription operation binding the contract event 0xdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c1837.
//
// Solidity: event ChannelUpdated(address indexed hub, address indexed user, bool byHub, uint256 txCountGlobal, uint256 txCountChain)
func (_ChannelManager *ChannelManagerFilterer) WatchChannelUpdated(opts *bind.WatchOpts, sink chan<- *ChannelManagerChannelUpdated, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ChannelUpdated", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerChannelUpdated)
				if err := _ChannelManager.contract.UnpackLog(event, "ChannelUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelUpdated is a log parse operation binding the contract event 0xdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c1837.
//
// Solidity: event ChannelUpdated(address indexed hub, address indexed user, bool byHub, uint256 txCountGlobal, uint256 txCountChain)
func (_ChannelManager *ChannelManagerFilterer) ParseChannelUpdated(log types.Log) (*ChannelManagerChannelUpdated, error) {
	event := new(ChannelManagerChannelUpdated)
	if err := _ChannelManager.contract.UnpackLog(event, "ChannelUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the ChannelManager contract.
type ChannelManagerClaimedIterator struct {
	Event *ChannelManagerClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerClaimed represents a Claimed event raised by the ChannelManager contract.
type ChannelManagerClaimed struct {
	Account     common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterClaimed(opts *bind.FilterOpts, account []common.Address) (*ChannelManagerClaimedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "Claimed", accountRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerClaimedIterator{contract: _ChannelManager.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *ChannelManagerClaimed, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "Claimed", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerClaimed)
				if err := _ChannelManager.contract.UnpackLog(event, "Claimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParseClaimed(log types.Log) (*ChannelManagerClaimed, error) {
	event := new(ChannelManagerClaimed)
	if err := _ChannelManager.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the ChannelManager contract.
type ChannelManagerEIP712DomainChangedIterator struct {
	Event *ChannelManagerEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerEIP712DomainChanged represents a EIP712DomainChanged event raised by the ChannelManager contract.
type ChannelManagerEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ChannelManager *ChannelManagerFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*ChannelManagerEIP712DomainChangedIterator, error) {

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &ChannelManagerEIP712DomainChangedIterator{contract: _ChannelManager.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ChannelManager *ChannelManagerFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *ChannelManagerEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerEIP712DomainChanged)
				if err := _ChannelManager.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ChannelManager *ChannelManagerFilterer) ParseEIP712DomainChanged(log types.Log) (*ChannelManagerEIP712DomainChanged, error) {
	event := new(ChannelManagerEIP712DomainChanged)
	if err := _ChannelManager.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerExitChallengedIterator is returned from FilterExitChallenged and is used to iterate over the raw logs and unpacked data for ExitChallenged events raised by the ChannelManager contract.
type ChannelManagerExitChallengedIterator struct {
	Event *ChannelManagerExitChallenged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerExitChallengedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerExitChallenged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerExitChallenged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerExitChallengedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerExitChallengedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerExitChallenged represents a ExitChallenged event raised by the ChannelManager contract.
type ChannelManagerExitChallenged struct {
	Hub           common.Address
	User          common.Address
	Challenger    common.Address
	TxCountGlobal *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterExitChallenged is a free log retrieval operation binding the contract event 0xa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f.
//
// Solidity: event ExitChallenged(address indexed hub, address indexed user, address challenger, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) FilterExitChallenged(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerExitChallengedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ExitChallenged", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerExitChallengedIterator{contract: _ChannelManager.contract, event: "ExitChallenged", logs: logs, sub: sub}, nil
}

// WatchExitChallenged is a free log subscription operation binding the contract event 0xa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f.
//
// Solidity: event ExitChallenged(address indexed hub, address indexed user, address challenger, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) WatchExitChallenged(opts *bind.WatchOpts, sink chan<- *ChannelManagerExitChallenged, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ExitChallenged", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerExitChallenged)
				if err := _ChannelManager.contract.UnpackLog(event, "ExitChallenged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitChallenged is a log parse operation binding the contract event 0xa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f.
//
// Solidity: event ExitChallenged(address indexed hub, address indexed user, address challenger, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) ParseExitChallenged(log types.Log) (*ChannelManagerExitChallenged, error) {
	event := new(ChannelManagerExitChallenged)
	if err := _ChannelManager.contract.UnpackLog(event, "ExitChallenged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerExitStartedIterator is returned from FilterExitStarted and is used to iterate over the raw logs and unpacked data for ExitStarted events raised by the ChannelManager contract.
type ChannelManagerExitStartedIterator struct {
	Event *ChannelManagerExitStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerExitStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerExitStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerExitStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerExitStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerExitStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerExitStarted represents a ExitStarted event raised by the ChannelManager contract.
type ChannelManagerExitStarted struct {
	Hub           common.Address
	User          common.Address
	Initiator     common.Address
	TxCountGlobal *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterExitStarted is a free log retrieval operation binding the contract event 0xcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6.
//
// Solidity: event ExitStarted(address indexed hub, address indexed user, address initiator, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) FilterExitStarted(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerExitStartedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ExitStarted", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerExitStartedIterator{contract: _ChannelManager.contract, event: "ExitStarted", logs: logs, sub: sub}, nil
}

// WatchExitStarted is a free log subscription operation binding the contract event 0xcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6.
//
// Solidity: event ExitStarted(address indexed hub, address indexed user, address initiator, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) WatchExitStarted(opts *bind.WatchOpts, sink chan<- *ChannelManagerExitStarted, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ExitStarted", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerExitStarted)
				if err := _ChannelManager.contract.UnpackLog(event, "ExitStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitStarted is a log parse operation binding the contract event 0xcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6.
//
// Solidity: event ExitStarted(address indexed hub, address indexed user, address initiator, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) ParseExitStarted(log types.Log) (*ChannelManagerExitStarted, error) {
	event := new(ChannelManagerExitStarted)
	if err := _ChannelManager.contract.UnpackLog(event, "ExitStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerHubReserveDepositedIterator is returned from FilterHubReserveDeposited and is used to iterate over the raw logs and unpacked data for HubReserveDeposited events raised by the ChannelManager contract.
type ChannelManagerHubReserveDepositedIterator struct {
	Event *ChannelManagerHubReserveDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerHubReserveDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerHubReserveDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerHubReserveDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerHubReserveDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerHubReserveDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerHubReserveDeposited represents a HubReserveDeposited event raised by the ChannelManager contract.
type ChannelManagerHubReserveDeposited struct {
	Hub         common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterHubReserveDeposited is a free log retrieval operation binding the contract event 0xdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca8.
//
// Solidity: event HubReserveDeposited(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterHubReserveDeposited(opts *bind.FilterOpts, hub []common.Address) (*ChannelManagerHubReserveDepositedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "HubReserveDeposited", hubRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerHubReserveDepositedIterator{contract: _ChannelManager.contract, event: "HubReserveDeposited", logs: logs, sub: sub}, nil
}

// WatchHubReserveDeposited is a free log subscription operation binding the contract event 0xdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca8.
//
// Solidity: event HubReserveDeposited(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchHubReserveDeposited(opts *bind.WatchOpts, sink chan<- *ChannelManagerHubReserveDeposited, hub []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "HubReserveDeposited", hubRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerHubReserveDeposited)
				if err := _ChannelManager.contract.UnpackLog(event, "HubReserveDeposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseHubReserveDeposited is a log parse operation binding the contract event 0xdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca8.
//
// Solidity: event HubReserveDeposited(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParseHubReserveDeposited(log types.Log) (*ChannelManagerHubReserveDeposited, error) {
	event := new(ChannelManagerHubReserveDeposited)
	if err := _ChannelManager.contract.UnpackLog(event, "HubReserveDeposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerHubReserveWithdrawnIterator is returned from FilterHubReserveWithdrawn and is used to iterate over the raw logs and unpacked data for HubReserveWithdrawn events raised by the ChannelManager contract.
type ChannelManagerHubReserveWithdrawnIterator struct {
	Event *ChannelManagerHubReserveWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerHubReserveWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerHubReserveWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerHubReserveWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerHubReserveWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerHubReserveWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerHubReserveWithdrawn represents a HubReserveWithdrawn event raised by the ChannelManager contract.
type ChannelManagerHubReserveWithdrawn struct {
	Hub         common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterHubReserveWithdrawn is a free log retrieval operation binding the contract event 0xb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea5.
//
// Solidity: event HubReserveWithdrawn(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterHubReserveWithdrawn(opts *bind.FilterOpts, hub []common.Address) (*ChannelManagerHubReserveWithdrawnIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "HubReserveWithdrawn", hubRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerHubReserveWithdrawnIterator{contract: _ChannelManager.contract, event: "HubReserveWithdrawn", logs: logs, sub: sub}, nil
}

// WatchHubReserveWithdrawn is a free log subscription operation binding the contract event 0xb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea5.
//
// Solidity: event HubReserveWithdrawn(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchHubReserveWithdrawn(opts *bind.WatchOpts, sink chan<- *ChannelManagerHubReserveWithdrawn, hub []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "HubReserveWithdrawn", hubRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerHubReserveWithdrawn)
				if err := _ChannelManager.contract.UnpackLog(event, "HubReserveWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseHubReserveWithdrawn is a log parse operation binding the contract event 0xb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea5.
//
// Solidity: event HubReserveWithdrawn(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParseHubReserveWithdrawn(log types.Log) (*ChannelManagerHubReserveWithdrawn, error) {
	event := new(ChannelManagerHubReserveWithdrawn)
	if err := _ChannelManager.contract.UnpackLog(event, "HubReserveWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerLockResolvedIterator is returned from FilterLockResolved and is used to iterate over the raw logs and unpacked data for LockResolved events raised by the ChannelManager contract.
type ChannelManagerLockResolvedIterator struct {
	Event *ChannelManagerLockResolved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerLockResolvedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerLockResolved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerLockResolved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerLockResolvedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerLockResolvedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerLockResolved represents a LockResolved event raised by the ChannelManager contract.
type ChannelManagerLockResolved struct {
	Hub    common.Address
	User   common.Address
	Leaf   [32]byte
	PaidTo common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterLockResolved is a free log retrieval operation binding the contract event 0x98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f43.
//
// Solidity: event LockResolved(address indexed hub, address indexed user, bytes32 indexed leaf, address paidTo)
func (_ChannelManager *ChannelManagerFilterer) FilterLockResolved(opts *bind.FilterOpts, hub []common.Address, user []common.Address, leaf [][32]byte) (*ChannelManagerLockResolvedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var leafRule []interface{}
	for _, leafItem := range leaf {
		leafRule = append(leafRule, leafItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "LockResolved", hubRule, userRule, leafRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerLockResolvedIterator{contract: _ChannelManager.contract, event: "LockResolved", logs: logs, sub: sub}, nil
}

// WatchLockResolved is a free log subscription operation binding the contract event 0x98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f43.
//
// Solidity: event LockResolved(address indexed hub, address indexed user, bytes32 indexed leaf, address paidTo)
func (_ChannelManager *ChannelManagerFilterer) WatchLockResolved(opts *bind.WatchOpts, sink chan<- *ChannelManagerLockResolved, hub []common.Address, user []common.Address, leaf [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var leafRule []interface{}
	for _, leafItem := range leaf {
		leafRule = append(leafRule, leafItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "LockResolved", hubRule, userRule, leafRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerLockResolved)
				if err := _ChannelManager.contract.UnpackLog(event, "LockResolved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseLockResolved is a log parse operation binding the contract event 0x98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f43.
//
// Solidity: event LockResolved(address indexed hub, address indexed user, bytes32 indexed leaf, address paidTo)
func (_ChannelManager *ChannelManagerFilterer) ParseLockResolved(log types.Log) (*ChannelManagerLockResolved, error) {
	event := new(ChannelManagerLockResolved)
	if err := _ChannelManager.contract.UnpackLog(event, "LockResolved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerPayoutDeferredIterator is returned from FilterPayoutDeferred and is used to iterate over the raw logs and unpacked data for PayoutDeferred events raised by the ChannelManager contract.
type ChannelManagerPayoutDeferredIterator struct {
	Event *ChannelManagerPayoutDeferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerPayoutDeferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerPayoutDeferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerPayoutDeferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerPayoutDeferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerPayoutDeferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerPayoutDeferred represents a PayoutDeferred event raised by the ChannelManager contract.
type ChannelManagerPayoutDeferred struct {
	Account     common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterPayoutDeferred is a free log retrieval operation binding the contract event 0x7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b.
//
// Solidity: event PayoutDeferred(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterPayoutDeferred(opts *bind.FilterOpts, account []common.Address) (*ChannelManagerPayoutDeferredIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "PayoutDeferred", accountRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerPayoutDeferredIterator{contract: _ChannelManager.contract, event: "PayoutDeferred", logs: logs, sub: sub}, nil
}

// WatchPayoutDeferred is a free log subscription operation binding the contract event 0x7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b.
//
// Solidity: event PayoutDeferred(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchPayoutDeferred(opts *bind.WatchOpts, sink chan<- *ChannelManagerPayoutDeferred, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "PayoutDeferred", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerPayoutDeferred)
				if err := _ChannelManager.contract.UnpackLog(event, "PayoutDeferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePayoutDeferred is a log parse operation binding the contract event 0x7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b.
//
// Solidity: event PayoutDeferred(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParsePayoutDeferred(log types.Log) (*ChannelManagerPayoutDeferred, error) {
	event := new(ChannelManagerPayoutDeferred)
	if err := _ChannelManager.contract.UnpackLog(event, "PayoutDeferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerPreimageRevealedIterator is returned from FilterPreimageRevealed and is used to iterate over the raw logs and unpacked data for PreimageRevealed events raised by the ChannelManager contract.
type ChannelManagerPreimageRevealedIterator struct {
	Event *ChannelManagerPreimageRevealed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerPreimageRevealedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerPreimageRevealed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerPreimageRevealed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerPreimageRevealedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerPreimageRevealedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerPreimageRevealed represents a PreimageRevealed event raised by the ChannelManager contract.
type ChannelManagerPreimageRevealed struct {
	Hashlock [32]byte
	Preimage [32]byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterPreimageRevealed is a free log retrieval operation binding the contract event 0x95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a0.
//
// Solidity: event PreimageRevealed(bytes32 indexed hashlock, bytes32 preimage)
func (_ChannelManager *ChannelManagerFilterer) FilterPreimageRevealed(opts *bind.FilterOpts, hashlock [][32]byte) (*ChannelManagerPreimageRevealedIterator, error) {

	var hashlockRule []interface{}
	for _, hashlockItem := range hashlock {
		hashlockRule = append(hashlockRule, hashlockItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "PreimageRevealed", hashlockRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerPreimageRevealedIterator{contract: _ChannelManager.contract, event: "PreimageRevealed", logs: logs, sub: sub}, nil
}

// WatchPreimageRevealed is a free log subscription operation binding the contract event 0x95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a0.
//
// Solidity: event PreimageRevealed(bytes32 indexed hashlock, bytes32 preimage)
func (_ChannelManager *ChannelManagerFilterer) WatchPreimageRevealed(opts *bind.WatchOpts, sink chan<- *ChannelManagerPreimageRevealed, hashlock [][32]byte) (event.Subscription, error) {

	var hashlockRule []interface{}
	for _, hashlockItem := range hashlock {
		hashlockRule = append(hashlockRule, hashlockItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "PreimageRevealed", hashlockRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerPreimageRevealed)
				if err := _ChannelManager.contract.UnpackLog(event, "PreimageRevealed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePreimageRevealed is a log parse operation binding the contract event 0x95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a0.
//
// Solidity: event PreimageRevealed(bytes32 indexed hashlock, bytes32 preimage)
func (_ChannelManager *ChannelManagerFilterer) ParsePreimageRevealed(log types.Log) (*ChannelManagerPreimageRevealed, error) {
	event := new(ChannelManagerPreimageRevealed)
	if err := _ChannelManager.contract.UnpackLog(event, "PreimageRevealed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadChallengedIterator is returned from FilterThreadChallenged and is used to iterate over the raw logs and unpacked data for ThreadChallenged events raised by the ChannelManager contract.
type ChannelManagerThreadChallengedIterator struct {
	Event *ChannelManagerThreadChallenged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadChallengedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadChallenged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadChallenged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadChallengedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadChallengedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadChallenged represents a ThreadChallenged event raised by the ChannelManager contract.
type ChannelManagerThreadChallenged struct {
	Hub       common.Address
	User      common.Address
	ThreadKey [32]byte
	TxCount   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterThreadChallenged is a free log retrieval operation binding the contract event 0x46cf538c462dcfb5356cd5e116137ddcbfa8575f8597a3c03aa1d80090ed1e41.
//
// Solidity: event ThreadChallenged(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadChallenged(opts *bind.FilterOpts, hub []common.Address, user []common.Address, threadKey [][32]byte) (*ChannelManagerThreadChallengedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadChallenged", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadChallengedIterator{contract: _ChannelManager.contract, event: "ThreadChallenged", logs: logs, sub: sub}, nil
}

// WatchThreadChallenged is a free log subscription operation binding the contract event 0x46cf538c462dcfb5356cd5e116137ddcbfa8575f8597a3c03aa1d80090ed1e41.
//
// Solidity: event ThreadChallenged(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadChallenged(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadChallenged, hub []common.Address, user []common.Address, threadKey [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadChallenged", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadChallenged)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadChallenged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadChallenged is a log parse operation binding the contract event 0x46cf538c462dcfb5356cd5e116137ddcbfa8575f8597a3c03aa1d80090ed1e41.
//
// Solidity: event ThreadChallenged(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadChallenged(log types.Log) (*ChannelManagerThreadChallenged, error) {
	event := new(ChannelManagerThreadChallenged)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadChallenged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadEmptiedIterator is returned from FilterThreadEmptied and is used to iterate over the raw logs and unpacked data for ThreadEmptied events raised by the ChannelManager contract.
type ChannelManagerThreadEmptiedIterator struct {
	Event *ChannelManagerThreadEmptied // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadEmptiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadEmptied)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadEmptied)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadEmptiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadEmptiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadEmptied represents a ThreadEmptied event raised by the ChannelManager contract.
type ChannelManagerThreadEmptied struct {
	Hub         common.Address
	User        common.Address
	ThreadKey   [32]byte
	WeiToUser   *big.Int
	TokenToUser *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterThreadEmptied is a free log retrieval operation binding the contract event 0xf09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744.
//
// Solidity: event ThreadEmptied(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadEmptied(opts *bind.FilterOpts, hub []common.Address, user []common.Address, threadKey [][32]byte) (*ChannelManagerThreadEmptiedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadEmptied", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadEmptiedIterator{contract: _ChannelManager.contract, event: "ThreadEmptied", logs: logs, sub: sub}, nil
}

// WatchThreadEmptied is a free log subscription operation binding the contract event 0xf09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744.
//
// Solidity: event ThreadEmptied(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadEmptied(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadEmptied, hub []common.Address, user []common.Address, threadKey [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadEmptied", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadEmptied)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadEmptied", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadEmptied is a log parse operation binding the contract event 0xf09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744.
//
// Solidity: event ThreadEmptied(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadEmptied(log types.Log) (*ChannelManagerThreadEmptied, error) {
	event := new(ChannelManagerThreadEmptied)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadEmptied", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadExitStartedIterator is returned from FilterThreadExitStarted and is used to iterate over the raw logs and unpacked data for ThreadExitStarted events raised by the ChannelManager contract.
type ChannelManagerThreadExitStartedIterator struct {
	Event *ChannelManagerThreadExitStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadExitStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadExitStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadExitStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadExitStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadExitStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadExitStarted represents a ThreadExitStarted event raised by the ChannelManager contract.
type ChannelManagerThreadExitStarted struct {
	Hub       common.Address
	User      common.Address
	ThreadKey [32]byte
	TxCount   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterThreadExitStarted is a free log retrieval operation binding the contract event 0xb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc.
//
// Solidity: event ThreadExitStarted(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadExitStarted(opts *bind.FilterOpts, hub []common.Address, user []common.Address, threadKey [][32]byte) (*ChannelManagerThreadExitStartedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadExitStarted", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadExitStartedIterator{contract: _ChannelManager.contract, event: "ThreadExitStarted", logs: logs, sub: sub}, nil
}

// WatchThreadExitStarted is a free log subscription operation binding the contract event 0xb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc.
//
// Solidity: event ThreadExitStarted(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadExitStarted(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadExitStarted, hub []common.Address, user []common.Address, threadKey [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadExitStarted", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadExitStarted)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadExitStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadExitStarted is a log parse operation binding the contract event 0xb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc.
//
// Solidity: event ThreadExitStarted(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadExitStarted(log types.Log) (*ChannelManagerThreadExitStarted, error) {
	event := new(ChannelManagerThreadExitStarted)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadExitStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadsNukedIterator is returned from FilterThreadsNuked and is used to iterate over the raw logs and unpacked data for ThreadsNuked events raised by the ChannelManager contract.
type ChannelManagerThreadsNukedIterator struct {
	Event *ChannelManagerThreadsNuked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadsNukedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadsNuked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadsNuked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadsNukedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadsNukedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadsNuked represents a ThreadsNuked event raised by the ChannelManager contract.
type ChannelManagerThreadsNuked struct {
	Hub         common.Address
	User        common.Address
	WeiToUser   *big.Int
	TokenToUser *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterThreadsNuked is a free log retrieval operation binding the contract event 0x078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f4.
//
// Solidity: event ThreadsNuked(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadsNuked(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerThreadsNukedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadsNuked", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadsNukedIterator{contract: _ChannelManager.contract, event: "ThreadsNuked", logs: logs, sub: sub}, nil
}

// WatchThreadsNuked is a free log subscription operation binding the contract event 0x078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f4.
//
// Solidity: event ThreadsNuked(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadsNuked(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadsNuked, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadsNuked", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadsNuked)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadsNuked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadsNuked is a log parse operation binding the contract event 0x078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f4.
//
// Solidity: event ThreadsNuked(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadsNuked(log types.Log) (*ChannelManagerThreadsNuked, error) {
	event := new(ChannelManagerThreadsNuked)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadsNuked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
