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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengePeriod_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"closingTime\",\"type\":\"uint256\"}],\"name\":\"ChallengePeriodNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"closingTime\",\"type\":\"uint256\"}],\"name\":\"ChallengePeriodOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotSettling\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientChannelFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"InsufficientReserve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stored\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"InvalidChainCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParties\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expectedSigner\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidThreadState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LockAlreadyResolved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"LockNotYetResolvable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAParty\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"earliest\",\"type\":\"uint256\"}],\"name\":\"NukeTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stored\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"StaleNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadAlreadyEmptied\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadAlreadyInDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadNotInDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimeoutRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"name\":\"UpdateExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"WeiTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongDepositValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToHub\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToHub\",\"type\":\"uint256\"}],\"name\":\"ChannelEmptied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"ChannelReopened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byHub\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"}],\"name\":\"ChannelUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"}],\"name\":\"ExitChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"}],\"name\":\"ExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"HubReserveDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"HubReserveWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"paidTo\",\"type\":\"address\"}],\"name\":\"LockResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"PayoutDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"preimage\",\"type\":\"bytes32\"}],\"name\":\"PreimageRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"name\":\"ThreadChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"}],\"name\":\"ThreadEmptied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"name\":\"ThreadExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"}],\"name\":\"ThreadsNuked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"NUKE_DELAY_PERIODS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"update\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"challengeThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"channelKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"channelStateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"emptyChannel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"}],\"name\":\"emptyThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getChannel\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"weiHub\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiUser\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenHub\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenUser\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiTotal\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenTotal\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"txCountGlobal\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"txCountChain\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"threadCount\",\"type\":\"uint32\"},{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint128\",\"name\":\"lockedWei\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lockedToken\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structChannelBase.Channel\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"}],\"name\":\"getThread\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"weiSender\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiReceiver\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenSender\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenReceiver\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"txCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingTime\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"emptied\",\"type\":\"bool\"}],\"internalType\":\"structChannelBase.ThreadDispute\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"hubAuthorizedUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"hubDeposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"hubWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUser\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountToken\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.Lock\",\"name\":\"l\",\"type\":\"tuple\"}],\"name\":\"lockLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"lockKey\",\"type\":\"bytes32\"}],\"name\":\"lockResolved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"nukeThreads\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"reserveToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"reserveWei\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUser\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountToken\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.Lock\",\"name\":\"lock\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"resolveLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"preimage\",\"type\":\"bytes32\"}],\"name\":\"revealPreimage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"}],\"name\":\"revealedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"startExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"sigInitial\",\"type\":\"bytes\"}],\"name\":\"startExitThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"sigInitial\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"update\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigUpdate\",\"type\":\"bytes\"}],\"name\":\"startExitThreadWithUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"startExitWithUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"threadStateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unclaimedToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unclaimedWei\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"}],\"name\":\"userAuthorizedUpdate\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x6101a080604052346101c6576040816153e8803803809161002082856101ca565b8339810103126101c6578051906001600160a01b03821682036101c65760200151906040516100506040826101ca565b6005815260208101906473706f6b6560d81b8252604051916100736040846101ca565b600183526020830191603160f81b835261008c81610201565b6101205261009984610201565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010260c0826101ca565b5190206080523060c052610160526101805260405161517b908161026d823960805181614c7a015260a05181614d31015260c05181614c4b015260e05181614cc901526101005181614cef01526101205181611df201526101405181611e1b0152610160518181816101a3015281816106f80152818161077b015281816118820152818161239801528181612c6c0152818161333a0152613bc90152610180518181816101e201528181611f8e0152818161251c0152818161266a0152614b3e0152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101ed57604052565b634e487b7160e01b5f52604160045260245ffd5b601f81511161022c57602081519101516020821061021d571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c80631173d8d41461328d57806314e8c42a14612e9257806316ada46514612dfe57806322e5f63614612d2a5780632a5ef707146127da5780632bd24f4a146126085780633c4deb11146125e25780633eb49259146125c7578063426fc5341461242a5780634a3e2003146123f25780634e71d92d146122d157806350c8293f146121de578063591fc66f146121a65780636396abab1461208c5780636adc799c146120625780636c546c9f14611eee57806384b0196e14611dda5780638a28dbc514611da25780639155d4f414611a7a5780639a44da8314611a5d5780639ed085d7146118ed578063a432674614611765578063aee26d3f1461153f578063b3e1bfc714611175578063bf13d3b214611146578063bfd99e8a14610ecf578063ddad333c14610eb1578063e563338c14610a79578063e590609714610a41578063ec4ae96914610920578063f0c7596614610205578063f3f480d9146101cb5763fc0c546a14610184575f80fd5b346101c7575f6003193601126101c75760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346101c7575f6003193601126101c75760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b61020e36613403565b610219929192613888565b60208201926001600160a01b0361022f8561369c565b1633036108f457610120830135928334036108c4579081610265610256610297959461369c565b61025f8861369c565b906136b0565b916102bd6102738484613d55565b966102b46102808561369c565b9160e0860135988993610160880135948591613f00565b6102af60028b0154996001600160801b038b16613552565b613552565b9660801c613552565b956102ce6101a08401358098613552565b9161010084013591610140850135966102e78885613552565b94610180870135956101c08801359a6103008c89613552565b9082811080156108bb575b61086a576103229261031c9161373e565b9261373e565b916060880135946080890135918361034961033d858a613552565b6102808d013590613552565b118015610892575b61086a576001600160a01b038a61038661038f93839561038161037c6103768661369c565b95614858565b613d14565b614ff0565b90949194615024565b16918291160361083f5750916103ed9391600397969593604051946103b3866135c5565b8552602085015260a0890135604085015260c0890135606085015267ffffffffffffffff6102008a0135988994015460801c169389614d57565b5f95865260026020908152604090962081519682015160801b6fffffffffffffffffffffffffffffffff19166001600160801b0397909716969096178655946040860151606087015160801b6fffffffffffffffffffffffffffffffff19166001600160801b039190911617600182015560808681015160a088015190911b6fffffffffffffffffffffffffffffffff19166001600160801b03919091161760028201556003810167ffffffffffffffff8060c089015116167fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000082541617815561052167ffffffffffffffff60e08901511682907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b61010087015181547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff000000000000000000000000000000001617815561012087015181547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff000000000000000000000000000000000000000000000000161781556101408701516003811015610812576040976105e06101c0926006946137c4565b61016081015161018082015160801b6fffffffffffffffffffffffffffffffff19166001600160801b03919091161760048501556101a081015160058501550151910155806107e3575b50806107b4575b5061063b8261369c565b907fdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c183760606001600160a01b03806106718c61369c565b8851955f87526101e089013560208801528987015216941692a3016001600160a01b0361069d8261369c565b166107a557506106ac8461369c565b915b80610774575b5080610723575b5050806106e8575b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6106f461071c9261369c565b30907f00000000000000000000000000000000000000000000000000000000000000006138fc565b80806106c3565b5f80808093855af16107336136e1565b501561073f57806106bb565b6001600160a01b03907f43a39e1a000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b61079f90837f000000000000000000000000000000000000000000000000000000000000000061404d565b846106b4565b6107ae9061369c565b916106ae565b6001600160a01b036107c58461369c565b165f5260076020526107db845f20918254613552565b905587610631565b6001600160a01b036107f48561369c565b165f52600660205261080a855f20918254613552565b90558861062a565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7fd855c4f4000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f1c92c7ce000000000000000000000000000000000000000000000000000000005f5260045ffd5b50846108b56108a960c08d013560a08e0135613552565b6102a08d013590613552565b11610351565b5081841061030b565b837f91a987de000000000000000000000000000000000000000000000000000000005f526004523460245260445ffd5b7f544fc10d000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346101c7576101a06003193601126101c75761093a613364565b61094261337a565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101643567ffffffffffffffff81116101c75761098f9036906004016133a4565b610184359167ffffffffffffffff83116101c7576109b46109c69336906004016133d5565b9290916109bf613888565b86866149c4565b506109e36109d2613642565b6109da613658565b60a43591614828565b917fb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc60206001600160a01b0380604051945f865216941692a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101c75760206003193601126101c7576001600160a01b03610a62613364565b165f526007602052602060405f2054604051908152f35b346101c7576102e06003193601126101c757610a93613364565b610a9b61337a565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101643567ffffffffffffffff81116101c757610ae89036906004016133a4565b91906101843567ffffffffffffffff81116101c757610b0b9036906004016133d5565b6101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe5c9392933601126101c7576102c43567ffffffffffffffff81116101c757610b5a9036906004016133d5565b939095610b65613888565b610b6d61366e565b6001600160a01b0380610b7e613642565b16911614801590610e8d575b8015610e7e575b610d9057610ba09388876149c4565b6002810193845460ff8160801c16610e56576101a4356001600160a01b038116958682036101c7576001600160a01b03169586148015929150610e3e575b508015610e0e575b8015610ddb575b8015610dcb575b8015610db8575b610d9057610cda92610c0f916101a4614fa3565b6001600160801b03610c2361022435613a04565b166fffffffffffffffffffffffffffffffff19825416178155610c74610c4b61024435613a04565b82546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff1916178255565b6001600160801b036001610c8a61026435613a04565b920191166fffffffffffffffffffffffffffffffff19825416178155610cb261028435613a04565b6001600160801b036fffffffffffffffffffffffffffffffff1983549260801b169116179055565b6102a4359167ffffffffffffffff610cf184614f00565b167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790557fb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc60206001600160a01b03610d61610d4f61366e565b610d57613685565b6102043591614828565b956040519586521693a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f3f1e3322000000000000000000000000000000000000000000000000000000005f5260045ffd5b50600182015460801c6102843510610bfb565b50815460801c6102443510610bf4565b50610dec6102843561026435613552565b610e0760018401546001600160801b038160801c9116613552565b1415610bed565b50610e1f6102443561022435613552565b610e3783546001600160801b038160801c9116613552565b1415610be6565b67ffffffffffffffff9150166102a435111587610bde565b7f73d534af000000000000000000000000000000000000000000000000000000005f5260045ffd5b5060a435610204351415610b91565b50610e96613685565b6001600160a01b0380610ea7613658565b1691161415610b8a565b346101c75760206003193601126101c757610ecd60043561381b565b005b346101c75760406003193601126101c757610ee8613364565b610ef061337a565b90610ef9613888565b610f0382826136b0565b5f52600260205260405f206003810190815460ff8160e01c1660038110156108125760018103611115575067ffffffffffffffff9060801c168042106110ea5750838154938460801c9360018401908154918260801c976001600160801b0316926001600160801b031690610f788489613552565b6001600160801b0316600288019081546001600160801b031690610f9b91613622565b6001600160801b031681546fffffffffffffffffffffffffffffffff1916178155610fc6838b613552565b6001600160801b0316815460801c90610fde91613622565b81546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff19161790555f90555f86556001600160a01b03841691825f52600660205260405f208481549061102f91613552565b9055825f52600760205260405f208281549061104a91613552565b905580547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c020000000000000000000000000000000000000000000000000000000017905560405192878452886020850152604084015260608301526001600160a01b0384169160807fdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d91a36110e192613a4e565b6106c392613b05565b7ff5f59f07000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b611141907f0d76e09f000000000000000000000000000000000000000000000000000000005f52613544565b60245ffd5b346101c75760206003193601126101c7576004355f526004602052602060ff60405f2054166040519015158152f35b346101c7576111833661349f565b9290919361118f613888565b61119982826136b0565b5f52600260205260405f20600381019160ff835460e01c166003811015610812576002810361151357506111d18686898785876147d2565b5f52600360205260405f2091600283019586549767ffffffffffffffff8960401c1680156114eb5760ff8a60801c16610e56578042106110ea57508454916001600160801b0383169260801c91600161122a8486613552565b9701546001600160801b0381169060801c6112458183613552565b9560048801549161125f6001600160801b0384168c613552565b9260028a01938454906001600160801b038216109182156114d0575b505061086a578f966001600160a01b03808f16981688145f14611485575050919b7001000000000000000000000000000000007fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff6001600160801b0380611331965b169f169f161790556001600160801b036113026112f98b613a04565b82845416613622565b166fffffffffffffffffffffffffffffffff19825416178155610cb261132787613a04565b825460801c613622565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff895460c01c16019163ffffffff8311611458576106c39c6114008d6113d68e8e9c6113d16114539f9961141e9a907fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff7bffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b61373e565b976001600160a01b038b1698895f5260066020526113f960405f20918254613552565b905561373e565b865f52600760205261141760405f20918254613552565b9055614828565b917ff09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744604080518b81528c6020820152a4613a4e565b613b05565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b91509250919b7001000000000000000000000000000000007fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff6001600160801b0380611331966112dd565b6114df91925060801c8a613552565b9060801c105f8061127b565b7fa603512a000000000000000000000000000000000000000000000000000000005f5260045ffd5b611141907fd644ca95000000000000000000000000000000000000000000000000000000005f52613544565b346101c75760406003193601126101c757611558613364565b61156061337a565b61156861374b565b50611572916136b0565b5f52600260205260405f20604051611589816135a8565b8154906001600160801b0382168152602081019160801c8252600183015492604082016001600160801b0385168152606083019460801c85526002820154608084016001600160801b038216815260a085019160801c825260038401549160c0860167ffffffffffffffff8416815260e08701908460401c67ffffffffffffffff1682526101008801928560801c67ffffffffffffffff1684526101208901948660c01c63ffffffff1686526101408a019660e01c60ff1661164b90886137b8565b60048901549b8c986101608c01996001600160801b03168a526101808c01809e60801c905260058b01549a6101a08d019b8c52600601549b6101c081019c8d526040519d8e91516001600160801b03168252516001600160801b03169060200152516001600160801b031660408d0152516001600160801b031660608c0152516001600160801b031660808b0152516001600160801b031660a08a01525167ffffffffffffffff1660c08901525167ffffffffffffffff1660e08801525167ffffffffffffffff166101008701525163ffffffff1661012086015251946003861015610812576001600160801b0380926101e09761014088015251166101608601525116610180840152516101a0830152516101c0820152f35b346101c75760406003193601126101c757600435602435611784613888565b335f5260066020528160405f20541080156118d8575b6118ac57335f52600660205260405f206117b583825461373e565b9055335f52600760205260405f206117ce82825461373e565b90556040518281528160208201527fb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea560403392a28061187b575b5080611833575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5f80808093335af16118436136e1565b501561184f57806106c3565b7f43a39e1a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6118a690337f000000000000000000000000000000000000000000000000000000000000000061404d565b81611808565b7f4f0cadc7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b50335f5260076020528060405f20541061179a565b346101c7576102e06003193601126101c757604051602081017f50b7a84aebbe1039833e5e3a13dbd29883d4af6f231292a95c5aff7509c0b89e81526004356001600160a01b0381168091036101c75760408301526024356001600160a01b0381168091036101c7576060830152604435906001600160a01b0382168092036101c75782611a55926080602095015260643560a082015260843560c082015260a43560e082015260c43561010082015260e435610120820152610104356101408201526101243561016082015261014435610180820152610164356101a0820152610184356101c08201526101a4356101e08201526101c4356102008201526101e435610220820152610204356102408201526102243561026082015261024435610280820152610264356102a0820152610284356102c08201526102a4356102e08201526102c4356103008201526103008152611a4d610320826135e1565b519020613d14565b604051908152f35b346101c7575f6003193601126101c7576020604051620186a08152f35b346101c7576101806003193601126101c757611a94613364565b611a9c61337a565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101643567ffffffffffffffff81116101c757611ae99036906004016133d5565b611af4929192613888565b611afe84836136b0565b5f52600260205260405f2060ff600382015460e01c1660038110156108125760028103611513575090611b498392611b34613642565b611b3c613658565b908860a4359687946147d2565b5f52600360205260405f20600281019467ffffffffffffffff865460401c1680156114eb5780421015611d775750855460ff8160801c16610e56576044356001600160a01b038116968782036101c7576001600160a01b03169687148015929150611d5f575b508015611d31575b8015611cfe575b8015611cef575b8015611cdc575b610d90577f46cf538c462dcfb5356cd5e116137ddcbfa8575f8597a3c03aa1d80090ed1e4193611c876001600160a01b0393611c0f602096610d61956044614fa3565b6001600160801b03611c2260c435613a04565b166fffffffffffffffffffffffffffffffff19825416178155611c49610c4b60e435613a04565b6001600160801b036001611c5f61010435613a04565b920191166fffffffffffffffffffffffffffffffff19825416178155610cb261012435613a04565b610144359667ffffffffffffffff611c9e89614f00565b167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055611cce613642565b611cd6613658565b90614828565b50600182015460801c6101243510611bcc565b50815460801c60e43510611bc5565b50611d0f6101243561010435613552565b611d2a60018401546001600160801b038160801c9116613552565b1415611bbe565b50611d4060e43560c435613552565b611d5883546001600160801b038160801c9116613552565b1415611bb7565b67ffffffffffffffff91501661014435111588611baf565b7f6fda6464000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101c75760206003193601126101c7576001600160a01b03611dc3613364565b165f526008602052602060405f2054604051908152f35b346101c7575f6003193601126101c757611e92611e167f0000000000000000000000000000000000000000000000000000000000000000614f4c565b611e3f7f0000000000000000000000000000000000000000000000000000000000000000614f4c565b6020611ea060405192611e5283856135e1565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190613501565b908582036040870152613501565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110611ed757505050500390f35b835185528695509381019392810192600101611ec8565b346101c757611efc36613441565b611f099492919394613888565b611f128361369c565b93611f2a6020850195611f248761369c565b90613fad565b611f45611f368561369c565b611f3f8761369c565b9061401f565b611f5a611f518561369c565b61025f8761369c565b92835f52600260205260405f209660ff600389015460e01c1660038110156108125780612036575085611fb9969798611fb37f000000000000000000000000000000000000000000000000000000000000000042613552565b966140bf565b7fcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f66001600160a01b03611ff4611fee8461369c565b9461369c565b604080513381526101e0959095013560208601529082169490911692a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b611141907fd7bcb4ab000000000000000000000000000000000000000000000000000000005f52613544565b346101c75760206003193601126101c7576004355f526005602052602060405f2054604051908152f35b346101c7576120ed61209d3661349f565b935f60c06040959395516120b08161355f565b8281528260208201528260408201528260608201528260808201528260a082015201526120dd82826136b0565b5f52600260205260405f206147d2565b5f52600360205260e060405f206001600160801b0367ffffffffffffffff6040516121178161355f565b818454918480841696878352602083019460801c855281600182015491600260408601918385168352606087019460801c8552015498899760ff60c060808901988a8c168a528a60a082019c60401c168c52019b60801c1615158b526040519b8c52511660208b0152511660408901525116606087015251166080850152511660a083015251151560c0820152f35b346101c75760206003193601126101c7576001600160a01b036121c7613364565b165f526006602052602060405f2054604051908152f35b346101c7576121ec36613441565b6121f99492919394613888565b6122028361369c565b936122146020850195611f248761369c565b612220611f518561369c565b92835f52600260205260405f2096600388015460ff8160e01c1660038110156108125760018103611115575067ffffffffffffffff9060801c1694854210156122a55795809798612270976140bf565b7fa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f6001600160a01b03611ff4611fee8461369c565b857f6fda6464000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101c7575f6003193601126101c7576122e9613888565b335f52600860205260405f2054335f52600960205260405f20548115908180926123ea575b6123c257335f5260086020525f6040812055335f5260096020525f60408120556040518381528160208201527f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a60403392a280612391575b5015611833575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6123bc90337f000000000000000000000000000000000000000000000000000000000000000061404d565b82612366565b7f969bf728000000000000000000000000000000000000000000000000000000005f5260045ffd5b50801561230e565b346101c75760206003193601126101c7576001600160a01b03612413613364565b165f526009602052602060405f2054604051908152f35b346101c75760406003193601126101c757612443613364565b61244b61337a565b612453613888565b61245d8183613fad565b612467818361401f565b61247181836136b0565b5f526002602052600360405f200160ff815460e01c1660038110156108125780612036575060406001600160a01b038067ffffffffffffffff7fcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6947c01000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff82541617815561258f6125466125417f000000000000000000000000000000000000000000000000000000000000000042613552565b614f00565b82547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff0000000000000000000000000000000016178255565b541694835195338752602087015216941692a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101c7575f6003193601126101c7576020604051600a8152f35b346101c75760406003193601126101c7576020611a55612600613364565b61025f61337a565b346101c75760406003193601126101c757612621613364565b61262961337a565b90612632613888565b61263c82826136b0565b5f52600260205260405f20906003820191825460ff8160e01c166003811015610812576002810361151357507f0000000000000000000000000000000000000000000000000000000000000000600a810290808204600a14901517156114585767ffffffffffffffff6126b29260801c16613552565b8042106127af575083600282019283549460048401948554956001600160801b03871697886001600160801b038216906126eb91613622565b6001600160801b03169760801c9060801c9061270691613622565b82546001600160801b03998a166fffffffffffffffffffffffffffffffff19918216811785559254169091179091559095169480547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1690556040518481528560208201526001600160a01b038316906001600160a01b0383169060407f078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f491a36110e192613a4e565b7ff87a5428000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101c7576127e836613403565b90916127f2613888565b6001600160a01b036128038261369c565b1633036108f4576001600160801b039261281c8261369c565b9161282e602082019361025f8561369c565b916128398383613d55565b61289b6101208401356102af60e08601356128926128578483613552565b936102af6101608a0135936128858b6101a08101359861288061287a8b8a613552565b9261369c565b613f00565b60028901549e8f16613552565b9a60801c613552565b9161010084013591610140850135976128b48985613552565b94610180870135956101c08801359b6128cd8d89613552565b908281108015612d21575b61086a576128e99261031c9161373e565b916060880135946080890135918361290461033d858a613552565b118015612d04575b61086a576001600160a01b038a610386612932938f9561038161037c610376879961369c565b16918291160361083f5750916129569391600397969593604051946103b3866135c5565b5f95865260026020908152604090962081519682015160801b6fffffffffffffffffffffffffffffffff19166001600160801b0397909716969096178655946040860151606087015160801b6fffffffffffffffffffffffffffffffff19166001600160801b039190911617600182015560808681015160a088015190911b6fffffffffffffffffffffffffffffffff19166001600160801b03919091161760028201556003810167ffffffffffffffff8060c089015116167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416178155612a8a67ffffffffffffffff60e08901511682907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b61010087015181547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff000000000000000000000000000000001617815561012087015181547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff00000000000000000000000000000000000000000000000016178155610140870151600381101561081257604097612b496101c0926006946137c4565b61016081015161018082015160801b6fffffffffffffffffffffffffffffffff19166001600160801b03919091161760048501556101a08101516005850155015191015580612cd5575b5080612ca6575b50612ba48261369c565b907fdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c183760606001600160a01b0380612bda8961369c565b885195600187526101e089013560208801528987015216941692a3016001600160a01b03612c078261369c565b16612c965750612c169061369c565b915b80612c65575b5080612c49575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5f80808093855af1612c596136e1565b501561073f57806106c3565b612c9090837f000000000000000000000000000000000000000000000000000000000000000061404d565b82612c1e565b612ca0915061369c565b91612c18565b6001600160a01b03612cb78461369c565b165f526007602052612ccd845f20918254613552565b905586612b9a565b6001600160a01b03612ce68561369c565b165f526006602052612cfc855f20918254613552565b905587612b93565b5084612d1b6108a960c08d013560a08e0135613552565b1161290c565b508184106128d8565b346101c7576101206003193601126101c757604051602081017fa8229460120b9456713db6135091197efda2e025050870cfa5b53c87d232606d81526004356001600160a01b0381168091036101c75760408301526024356001600160a01b0381168091036101c7576060830152604435906001600160a01b0382168092036101c75782611a55926080602095015260643560a082015260843560c082015260a43560e082015260c43561010082015260e435610120820152610104356101408201526101408152611a4d610160826135e1565b346101c75760c06003193601126101c757604051602081017face0e697d6e7cdbc01ad1801316f11684ff61642f5b01ab8d7091e19ce24cd8281526004356040830152602435918215158093036101c7576020926060820152604435608082015260643560a082015260843560c082015260a43560e082015260e08152612e87610100826135e1565b519020604051908152f35b346101c7576101206003193601126101c757612eac613364565b612eb461337a565b9060c07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101043567ffffffffffffffff81116101c757612f009036906004016133a4565b9190612f0a613888565b612f1484836136b0565b5f52600260205260405f2060038101549260ff8460e01c1660038110156108125760028103611513575060405160208101917face0e697d6e7cdbc01ad1801316f11684ff61642f5b01ab8d7091e19ce24cd82835260443560408301526064358015158091036101c75780606084015260843596876080850152612fd060a435998a60a087015260c435968760c088015260e435968760e082015260e08152612fbf610100826135e1565b51902098899160068a0154916139b8565b15613265578661304c612fe38c866136b0565b61302060405193849267ffffffffffffffff602085019760801c16908767ffffffffffffffff604092959493606083019683521660208201520152565b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081018352826135e1565b51902093845f52600460205260ff60405f20541661323d575f52600560205260405f2054838115159182613232575b505015928380613228575b6131fd5750600485019283546001600160801b03811689119081156131f0575b5061086a576131218a946131a1965f52600460205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556001600160801b036130fc6112f98c613a04565b166fffffffffffffffffffffffffffffffff19825416178155610cb26113278c613a04565b61314661312d89613a04565b6001600160801b036130fc60028a019282845416613622565b15149384156131e95782955b6001600160a01b038316966001600160a01b0360405191168152877f98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f4360206001600160a01b03881693a4613a4e565b156131b057506106c392613b05565b809293505f5260066020526131ca60405f20918254613552565b90555f5260076020526131e260405f20918254613552565b90556106c3565b8195613152565b905060801c89118b6130a6565b7fb568c042000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5080421115613086565b11159050838b61307b565b7fc49b89ac000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f09bde339000000000000000000000000000000000000000000000000000000005f5260045ffd5b60206003193601126101c7576004356132a4613888565b335f52600660205260405f206132bb348254613552565b9055335f52600760205260405f206132d4828254613552565b90556040513481528160208201527fdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca860403392a280613332575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b61335e9030337f00000000000000000000000000000000000000000000000000000000000000006138fc565b806106c3565b600435906001600160a01b03821682036101c757565b602435906001600160a01b03821682036101c757565b35906001600160a01b03821682036101c757565b9181601f840112156101c75782359167ffffffffffffffff83116101c7576020808501948460051b0101116101c757565b9181601f840112156101c75782359167ffffffffffffffff83116101c757602083818601950101116101c757565b90600319820161030081126101c7576102e0136101c7576004916102e4359067ffffffffffffffff82116101c75761343d916004016133d5565b9091565b90600319820161032081126101c7576102e0136101c7576004916102e43567ffffffffffffffff81116101c7578161347b916004016133d5565b92909291610304359067ffffffffffffffff82116101c75761343d916004016133d5565b60031960a09101126101c7576004356001600160a01b03811681036101c757906024356001600160a01b03811681036101c757906044356001600160a01b03811681036101c757906064356001600160a01b03811681036101c7579060843590565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b600381101561081257600452565b9190820180921161145857565b60e0810190811067ffffffffffffffff82111761357b57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6101e0810190811067ffffffffffffffff82111761357b57604052565b6080810190811067ffffffffffffffff82111761357b57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761357b57604052565b906001600160801b03809116911603906001600160801b03821161145857565b6064356001600160a01b03811681036101c75790565b6084356001600160a01b03811681036101c75790565b6101c4356001600160a01b03811681036101c75790565b6101e4356001600160a01b03811681036101c75790565b356001600160a01b03811681036101c75790565b906001600160a01b0360405191816020840194168452166040820152604081526136db6060826135e1565b51902090565b3d15613739573d9067ffffffffffffffff821161357b576040519161372e601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016602001846135e1565b82523d5f602084013e565b606090565b9190820391821161145857565b60405190613758826135a8565b5f6101c0838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a08201520152565b60038210156108125752565b906003811015610812577fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff7cff0000000000000000000000000000000000000000000000000000000083549260e01b169116179055565b6040516020810190828252602081526138356040826135e1565b51902090815f52600560205260405f20546138845760207f95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a091835f52600582524260405f2055604051908152a2565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6138d45760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b9290916001600160a01b039081604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004521660245260445260205f60648180865af19060015f5114821615613997575b6040525f606052156139625750565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b9060018115166139af57823b15153d15161690613953565b503d5f823e3d90fd5b9092915f925b848410156139fc578360051b830135908181105f146139eb575f52602052600160405f205b9301926139be565b905f52602052600160405f206139e3565b149392505050565b6001600160801b038111613a1e576001600160801b031690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52608060045260245260445ffd5b9091600382019063ffffffff825460c01c1615801590613aef575b8015613adf575b613ad9575f60066001600160a01b039485947fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff815416905582600582015501551691167fc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d345f80a3565b50505050565b50600483015460801c1515613a70565b506001600160801b036004840154161515613a69565b5f915f9380151580613bc6575b613bbe575b5080613ba7575b508115801590613b9e575b613b3257505050565b7f7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b916001600160a01b036040921693845f526008602052825f20613b77838254613552565b9055845f526009602052825f20613b8f828254613552565b905582519182526020820152a2565b50821515613b29565b5f8080808486620186a0f1613b1e5791505f613b1e565b93505f613b17565b507f0000000000000000000000000000000000000000000000000000000000000000604051907fa9059cbb000000000000000000000000000000000000000000000000000000005f526001600160a01b0385166004528260245260205f60448180855af19060015f5114821615613c43575b509060405215613b12565b3b15153d1516165f613c38565b60405161010060208201927fa8229460120b9456713db6135091197efda2e025050870cfa5b53c87d232606d84526001600160a01b03613c8f82613390565b1660408401526001600160a01b03613ca960208301613390565b1660608401526001600160a01b03613cc360408301613390565b166080840152606081013560a0840152608081013560c084015260a081013560e084015260c08101358284015260e0810135610120840152013561014082015261014081526136db610160826135e1565b604290613d1f614c41565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b9190613d6f613d638461369c565b611f246020860161369c565b5f52600260205260405f209160038301549060ff8260e01c1660038110156108125780612036575060e081013561010082013517610120820135176101408201351761016082013517610180820135176101a0820135176101c08201351715613ed8576102c08101358015613eb057804211613e8557506101e081013567ffffffffffffffff831680821115613e5757505061020001359060401c67ffffffffffffffff1660018101808211611458578203613e29575050565b7fc1aed7e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7ff54256bf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f204a9e3c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fd6b0cd15000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f175c1aea000000000000000000000000000000000000000000000000000000005f5260045ffd5b9080613f72575b5081613f11575050565b6001600160a01b0316805f5260076020528160405f205410613f47575f526007602052613f4360405f2091825461373e565b9055565b7f4f0cadc7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160a01b038216805f5260066020528160405f205410613f47575f526006602052613fa560405f2091825461373e565b90555f613f07565b6001600160a01b039081169116818114918215614016575b50811561400d575b8115614003575b50613fdb57565b7fb6e500fe000000000000000000000000000000000000000000000000000000005f5260045ffd5b905030145f613fd4565b80159150613fcd565b1591505f613fc5565b6001600160a01b03163314159081614039575b506108f457565b6001600160a01b039150163314155f614032565b916001600160a01b03604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f51148216156140a7575b604052156139625750565b9060018115166139af57823b15153d1516169061409c565b9397969594929091946101e08601359860038401549467ffffffffffffffff8616808c11156147a2575060e088013561010089013517610120890135176101408901351761016089013517610180890135176101a0890135176101c08901351715159367ffffffffffffffff6102008a01359760401c16966001880180891161145857811495888210908115614772575b50614743575061416261037c8a614858565b926001600160a01b036141748b61369c565b163314159182614715575b50506147045760208801926001600160a01b0361419b8561369c565b1633141591826146ce575b5050905061469157506040516141bb816135c5565b606086013590818152608087013580602083015260a08801359081604084015260c089013592836060820152946145e7575b505050508051906142046020820192835190613552565b986002614217610280890135809c613552565b940154976001600160801b03891680951180156145ba575b61086a5761423b61374b565b506142506142498451613a04565b9451613a04565b9861429b61429561428f61428961428061427a606061427260408c0151613a04565b9a0151613a04565b9a613a04565b9460801c613a04565b95614f00565b98614f00565b92614f00565b926102408a01359463ffffffff8611614589576142c06001600160801b039d9e613a04565b976142cf6102a08d0135613a04565b9c8e604051996142de8b6135a8565b168952602089019e8f911690526001600160801b0360408901921682526001600160801b0360608901911681526001600160801b0360808901941684526001600160801b0360a089019316835267ffffffffffffffff60c089019a168a5267ffffffffffffffff60e089019516855267ffffffffffffffff61010089019616865263ffffffff61012089019716875261014088019760036001101561081257600189526001600160801b03998a1661016082019081529d8a1661018082019081526102208e01356101a08301908152610260909e01356101c083019081525f9d8e5260026020526040909d2091519f5160801b6fffffffffffffffffffffffffffffffff19169f909a169e909e178e55979b999a99978d9151905160801b6fffffffffffffffffffffffffffffffff19166001600160801b0390911617600191909101559051905160801b6fffffffffffffffffffffffffffffffff19166001600160801b039091161760028b0155945160038a01805496516fffffffffffffffff000000000000000060409190911b1667ffffffffffffffff9092166fffffffffffffffffffffffffffffffff19909716969096171785555184547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1660809190911b77ffffffffffffffff00000000000000000000000000000000161784555183547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff000000000000000000000000000000000000000000000000161783555160038110156108125760069561454d6001600160801b039261457d956137c4565b915191516fffffffffffffffffffffffffffffffff1990821660801b1691166001600160801b0316176004860155565b51600584015551910155565b857f6dfcc650000000000000000000000000000000000000000000000000000000005f52602060045260245260445ffd5b506145dd6145d16040850151606086015190613552565b6102a08a013590613552565b8960801c1061422f565b90919293506102c088013580151580614688575b613e85575061467a929161464a614662926146358b6040519861461f60808b6135e1565b6080368b3760e0610100830135920135906150cf565b87526101408b0135906101208c0135906150cf565b6020860152610180890135906101608a0135906150cf565b60408401526101c0870135906101a0880135906150cf565b60608201525f8080806141ed565b508042116145fb565b6146a26001600160a01b039161369c565b7fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b6146dc92506146e593614ff0565b90929192615024565b6001600160a01b03806146f78461369c565b1691161415805f806141a6565b6001600160a01b036146a28961369c565b6147259250906146dc9185614ff0565b6001600160a01b03806147378b61369c565b16911614155f8061417f565b877fc1aed7e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b905086898314159182614788575b50505f614150565b9091508161479a575b5015865f614780565b90505f614791565b8b907ff54256bf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b94909367ffffffffffffffff60036147f16147fe956136db97986136b0565b97015460801c1694614828565b604080516020810195865267ffffffffffffffff9094169084015260608301528160808101613020565b916001600160a01b03604051928160208501951685521660408301526060820152606081526136db6080826135e1565b6040516102c060208201927f50b7a84aebbe1039833e5e3a13dbd29883d4af6f231292a95c5aff7509c0b89e84526001600160a01b0361489782613390565b1660408401526001600160a01b036148b160208301613390565b1660608401526001600160a01b036148cb60408301613390565b166080840152606081013560a0840152608081013560c084015260a081013560e084015260c081013561010084015260e08101356101208401526101008101356101408401526101208101356101608401526101408101356101808401526101608101356101a08401526101808101356101c08401526101a08101356101e08401526101c08101356102008401526101e08101356102208401526102008101356102408401526102208101356102608401526102408101356102808401526102608101356102a0840152610280810135828401526102a08101356102e0840152013561030082015261030081526136db610320826135e1565b9490929391936149d4848761401f565b6149de84876136b0565b5f52600260205260405f209460ff600387015460e01c166003811015610812576002810361151357506044356001600160a01b038116908181036101c757506001600160a01b03881614801590614bf0575b8015614be4575b8015614bd9575b8015614bcd575b610d90576005860154614a6292614a5c6044613c50565b926139b8565b1561326557614a72916044614fa3565b6064356001600160a01b03811681036101c757608435916001600160a01b03831683036101c757614aa69460a435946147d2565b5f52600360205260405f209060028201805460ff8160801c16610e565760401c67ffffffffffffffff16614ba557614ba3906001600160801b03614aeb60c435613a04565b166fffffffffffffffffffffffffffffffff19855416178455614b1061010435613a04565b6001600160801b036001860191166fffffffffffffffffffffffffffffffff19825416179055614b636125417f000000000000000000000000000000000000000000000000000000000000000042613552565b7fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b565b7f94fc5948000000000000000000000000000000000000000000000000000000005f5260045ffd5b50610124351515614a45565b5060e4351515614a3e565b50610144351515614a37565b506064356001600160a01b038116908181036101c757506001600160a01b038616908114159081614c22575b50614a30565b6084356001600160a01b03811692508281036101c7575014155f614c1c565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016301480614d2e575b15614c9c577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526136db60c0826135e1565b507f00000000000000000000000000000000000000000000000000000000000000004614614c73565b92919091614d6361374b565b50614d6e8351613a04565b95614d7c6020850151613a04565b95614da9614da3614d9d6060614d9560408a0151613a04565b980151613a04565b95613a04565b93613a04565b614dc3614dbd614dbd6101e08a0135614f00565b93614f00565b936102408801359563ffffffff8711614ecf57614de46102808a0135613a04565b97614df36102a08b0135613a04565b9a6040519c614e018e6135a8565b6001600160801b03168d526001600160801b031660208d01526001600160801b031660408c01526001600160801b031660608b01526001600160801b031660808a01526001600160801b031660a089015267ffffffffffffffff1660c088015267ffffffffffffffff1660e087015267ffffffffffffffff1661010086015263ffffffff1661012085015260035f101561081257610260926001600160801b0380925f61014088015216610160860152166101808401526102208101356101a084015201356101c082015290565b867f6dfcc650000000000000000000000000000000000000000000000000000000005f52602060045260245260445ffd5b67ffffffffffffffff8111614f1c5767ffffffffffffffff1690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52604060045260245260445ffd5b60ff811690601f8211614f7b5760405191614f686040846135e1565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b60208101926001600160a01b03614fb98561369c565b163314613ad957614fd39261038161037c6146dc94613c50565b6001600160a01b0380614fe58461369c565b169116036146915750565b906041830361501a576150139250602081013591604082359201355f1a906150ee565b9192909190565b50505f9160029190565b60048110156108125780615036575050565b60018103615066577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b6002810361509a57507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6003146150a45750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b916150da9192613552565b9080821061086a576150eb9161373e565b90565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411615170579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15615165575f516001600160a01b0381161561515b57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
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
