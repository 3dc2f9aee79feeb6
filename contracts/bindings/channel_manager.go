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
	Bin: "0x6101a080604052346101bf57604081614df3803803809161002082856101c3565b8339810103126101bf578051906001600160a01b03821682036101bf5760200151906040516100506040826101c3565b6005815260208101906473706f6b6560d81b8252604051916100736040846101c3565b600183526020830191603160f81b835261008c816101fa565b61012052610099846101fa565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010260c0826101c3565b5190206080523060c0526101605261018052604051614b8d90816102668239608051816145e8015260a0518161469f015260c051816145b9015260e051816146370152610100518161465d01526101205181611d4c01526101405181611d750152610160518181816101a30152818161054b015281816105ce015281816117b8015281816122b90152818161294201528181612fd901526137c50152610180518181816101e2015281816124d301528181613c9a01526144ae0152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101e657604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610225576020815191015160208210610216571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c80631173d8d414612f2c57806314e8c42a14612b1657806316ada46514612a8257806322e5f636146129ae5780632a5ef707146126675780632bd24f4a146124715780633c4deb111461244b5780633eb4925914612430578063426fc5341461234b5780634a3e2003146123135780634e71d92d146121f257806350c8293f14612125578063591fc66f146120ed5780636396abab14611fca5780636adc799c14611fa05780636c546c9f14611e4857806384b0196e14611d345780638a28dbc514611cfc5780639155d4f4146119b05780639a44da83146119935780639ed085d714611823578063a43267461461169b578063aee26d3f146113af578063b3e1bfc714610fa6578063bf13d3b214610f77578063bfd99e8a14610c94578063ddad333c14610c76578063e563338c14610839578063e590609714610801578063ec4ae969146106e0578063f0c7596614610205578063f3f480d9146101cb5763fc0c546a14610184575f80fd5b346101c7575f6003193601126101c75760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346101c7575f6003193601126101c75760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b61020e366130a2565b610216613469565b60208301926001600160a01b0361022c8561334d565b1633036106b457610120810135918234036106845790610273929161025082613951565b906102a761025d8461334d565b60e0850135968791610160870135928391613b12565b61029e60028501966102998854996fffffffffffffffffffffffffffffffff8b166131f1565b6131f1565b9660801c6131f1565b956102b86101a085013580986131f1565b9261010085013592610140860135966102d188866131f1565b95610180880135966101c08901359a6102ea8c8a6131f1565b90828110801561067b575b6106325761030c92610306916133ef565b926133ef565b9060608901359560808a013594826103348c61028061032b8a8d6131f1565b910135906131f1565b11801561065a575b610632576001600160a01b038b61037161037a93839561036c6103676103618661334d565b956141b6565b613910565b614a02565b90949194614a36565b1691829116036106075750926104038998979694936103d261042e97946fffffffffffffffffffffffffffffffff6103b460409e986135e5565b166fffffffffffffffffffffffffffffffff198454161783556135e5565b6fffffffffffffffffffffffffffffffff6fffffffffffffffffffffffffffffffff1983549260801b169116179055565b88519361040f85613264565b8452602084015260a08201358884015260c082013560608401526146c5565b6001600160a01b0361043f8461334d565b165f526006602052610455845f209182546131f1565b90556001600160a01b036104688361334d565b165f52600760205261047e835f209182546131f1565b90556104898161334d565b6104928761334d565b7fdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c183760606001600160a01b03808751945f86526101e088013560208701526102008801358987015216941692a3016001600160a01b036104f08261334d565b166105f857506104ff8461334d565b915b806105c7575b5080610576575b50508061053b575b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b61054761056f9261334d565b30907f00000000000000000000000000000000000000000000000000000000000000006134dd565b8080610516565b5f80808093855af1610586613392565b5015610592578061050e565b6001600160a01b03907f43a39e1a000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b6105f290837f0000000000000000000000000000000000000000000000000000000000000000613d0c565b84610507565b6106019061334d565b91610501565b7fd855c4f4000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f1c92c7ce000000000000000000000000000000000000000000000000000000005f5260045ffd5b50836106758c6102a061032b60c083013560a08401356131f1565b1161033c565b508184106102f5565b827f91a987de000000000000000000000000000000000000000000000000000000005f526004523460245260445ffd5b7f544fc10d000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346101c7576101a06003193601126101c7576106fa613003565b610702613019565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101643567ffffffffffffffff81116101c75761074f903690600401613043565b610184359167ffffffffffffffff83116101c757610774610786933690600401613074565b92909161077f613469565b8686614322565b506107a36107926132f3565b61079a613309565b60a43591614186565b917fb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc60206001600160a01b0380604051945f865216941692a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101c75760206003193601126101c7576001600160a01b03610822613003565b165f526007602052602060405f2054604051908152f35b346101c7576102e06003193601126101c757610853613003565b61085b613019565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101643567ffffffffffffffff81116101c7576108a8903690600401613043565b91906101843567ffffffffffffffff81116101c7576108cb903690600401613074565b6101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe5c9392933601126101c7576102c43567ffffffffffffffff81116101c75761091a903690600401613074565b939095610925613469565b61092d61331f565b6001600160a01b038061093e6132f3565b16911614801590610c52575b8015610c43575b610b4357610960938887614322565b6002810193845460ff8160801c16610c1b576101a4356001600160a01b038116958682036101c7576001600160a01b03169586148015929150610c03575b508015610bca575b8015610b8e575b8015610b7e575b8015610b6b575b610b4357610a8d926109cf916101a46149b5565b6fffffffffffffffffffffffffffffffff6109ec610224356135e5565b166fffffffffffffffffffffffffffffffff19825416178155610a46610a14610244356135e5565b82546fffffffffffffffffffffffffffffffff1660809190911b6fffffffffffffffffffffffffffffffff1916178255565b6fffffffffffffffffffffffffffffffff6001610a65610264356135e5565b920191166fffffffffffffffffffffffffffffffff198254161781556103d2610284356135e5565b6102a4359167ffffffffffffffff610aa484614912565b167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790557fb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc60206001600160a01b03610b14610b0261331f565b610b0a613336565b6102043591614186565b956040519586521693a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f3f1e3322000000000000000000000000000000000000000000000000000000005f5260045ffd5b50600182015460801c61028435106109bb565b50815460801c61024435106109b4565b50610b9f61028435610264356131f1565b610bc360018401546fffffffffffffffffffffffffffffffff8160801c91166131f1565b14156109ad565b50610bdb61024435610224356131f1565b610bfc83546fffffffffffffffffffffffffffffffff8160801c91166131f1565b14156109a6565b67ffffffffffffffff9150166102a43511158761099e565b7f73d534af000000000000000000000000000000000000000000000000000000005f5260045ffd5b5060a435610204351415610951565b50610c5b613336565b6001600160a01b0380610c6c613309565b169116141561094a565b346101c75760206003193601126101c757610c926004356133fc565b005b346101c75760406003193601126101c757610cad613003565b610cb5613019565b90610cbe613469565b610cc88282613361565b5f52600260205260405f206003810190815460ff8160e01c166003811015610f4a5760018103610f19575067ffffffffffffffff9060801c16804210610eee5750838154938460801c9360018401908154918260801c976fffffffffffffffffffffffffffffffff16926fffffffffffffffffffffffffffffffff1690610d4f84896131f1565b6fffffffffffffffffffffffffffffffff16600288019081546fffffffffffffffffffffffffffffffff1690610d84916132c1565b6fffffffffffffffffffffffffffffffff1681546fffffffffffffffffffffffffffffffff1916178155610db8838b6131f1565b6fffffffffffffffffffffffffffffffff16815460801c90610dd9916132c1565b81546fffffffffffffffffffffffffffffffff1660809190911b6fffffffffffffffffffffffffffffffff19161790555f90555f86556001600160a01b03841691825f52600660205260405f2084815490610e33916131f1565b9055825f52600760205260405f2082815490610e4e916131f1565b905580547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c020000000000000000000000000000000000000000000000000000000017905560405192878452886020850152604084015260608301526001600160a01b0384169160807fdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d91a3610ee592613641565b61051692613701565b7ff5f59f07000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b610f45907f0d76e09f000000000000000000000000000000000000000000000000000000005f526131e3565b60245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b346101c75760206003193601126101c7576004355f526004602052602060ff60405f2054166040519015158152f35b346101c757610fb43661313e565b92909193610fc0613469565b610fca8282613361565b5f52600260205260405f20600381019160ff835460e01c166003811015610f4a57600281036113835750611002868689878587614130565b5f52600360205260405f2091600283019586549767ffffffffffffffff8960401c16801561135b5760ff8a60801c16610c1b57804210610eee57508454916fffffffffffffffffffffffffffffffff83169260801c91600161106484866131f1565b9701546fffffffffffffffffffffffffffffffff81169060801c61108881836131f1565b956004880154916110ab6fffffffffffffffffffffffffffffffff84168c6131f1565b9260028a01938454906fffffffffffffffffffffffffffffffff821610918215611340575b5050610632578f966001600160a01b03808f16981688145f146112ec575050919b7001000000000000000000000000000000007fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff6fffffffffffffffffffffffffffffffff80611198965b169f169f161790556fffffffffffffffffffffffffffffffff6111696111608b6135e5565b828454166132c1565b166fffffffffffffffffffffffffffffffff198254161781556103d261118e876135e5565b825460801c6132c1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff895460c01c16019163ffffffff83116112bf576105169c6112678d61123d8e8e9c6112386112ba9f996112859a907fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff7bffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b6133ef565b976001600160a01b038b1698895f52600660205261126060405f209182546131f1565b90556133ef565b865f52600760205261127e60405f209182546131f1565b9055614186565b917ff09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744604080518b81528c6020820152a4613641565b613701565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b91509250919b7001000000000000000000000000000000007fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff6fffffffffffffffffffffffffffffffff806111989661113b565b61134f91925060801c8a6131f1565b9060801c105f806110d0565b7fa603512a000000000000000000000000000000000000000000000000000000005f5260045ffd5b610f45907fd644ca95000000000000000000000000000000000000000000000000000000005f526131e3565b346101c75760406003193601126101c7576114426113cb613003565b6113d3613019565b905f6101c06040516113e481613247565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a08201520152613361565b5f52600260205260405f2060405161145981613247565b8154906fffffffffffffffffffffffffffffffff82168152602081019160801c8252600183015492604082016fffffffffffffffffffffffffffffffff85168152606083019460801c8552600282015460808401906fffffffffffffffffffffffffffffffff8116825260a085019060801c815260038401549060c0860167ffffffffffffffff8316815260e087019067ffffffffffffffff8460401c16825261010088019267ffffffffffffffff8560801c16845260ff6101208a019563ffffffff8160c01c16875260e01c16956101408a01966003811015610f4a57875260048901549b8c986101608c01996fffffffffffffffffffffffffffffffff168a526101808c01809e60801c905260058b01549a6101a08d019b8c52600601549b6101c081019c8d526040519d8e91516fffffffffffffffffffffffffffffffff168252516fffffffffffffffffffffffffffffffff169060200152516fffffffffffffffffffffffffffffffff1660408d0152516fffffffffffffffffffffffffffffffff1660608c0152516fffffffffffffffffffffffffffffffff1660808b0152516fffffffffffffffffffffffffffffffff1660a08a01525167ffffffffffffffff1660c08901525167ffffffffffffffff1660e08801525167ffffffffffffffff166101008701525163ffffffff1661012086015251946003861015610f4a576fffffffffffffffffffffffffffffffff80926101e09761014088015251166101608601525116610180840152516101a0830152516101c0820152f35b346101c75760406003193601126101c7576004356024356116ba613469565b335f5260066020528160405f205410801561180e575b6117e257335f52600660205260405f206116eb8382546133ef565b9055335f52600760205260405f206117048282546133ef565b90556040518281528160208201527fb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea560403392a2806117b1575b5080611769575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5f80808093335af1611779613392565b50156117855780610516565b7f43a39e1a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6117dc90337f0000000000000000000000000000000000000000000000000000000000000000613d0c565b8161173e565b7f4f0cadc7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b50335f5260076020528060405f2054106116d0565b346101c7576102e06003193601126101c757604051602081017f50b7a84aebbe1039833e5e3a13dbd29883d4af6f231292a95c5aff7509c0b89e81526004356001600160a01b0381168091036101c75760408301526024356001600160a01b0381168091036101c7576060830152604435906001600160a01b0382168092036101c7578261198b926080602095015260643560a082015260843560c082015260a43560e082015260c43561010082015260e435610120820152610104356101408201526101243561016082015261014435610180820152610164356101a0820152610184356101c08201526101a4356101e08201526101c4356102008201526101e435610220820152610204356102408201526102243561026082015261024435610280820152610264356102a0820152610284356102c08201526102a4356102e08201526102c435610300820152610300815261198361032082613280565b519020613910565b604051908152f35b346101c7575f6003193601126101c7576020604051620186a08152f35b346101c7576101806003193601126101c7576119ca613003565b6119d2613019565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101643567ffffffffffffffff81116101c757611a1f903690600401613074565b611a2a929192613469565b611a348483613361565b5f52600260205260405f2060ff600382015460e01c166003811015610f4a5760028103611383575090611a7f8392611a6a6132f3565b611a72613309565b908860a435968794614130565b5f52600360205260405f20600281019467ffffffffffffffff865460401c16801561135b5780421015611cd15750855460ff8160801c16610c1b576044356001600160a01b038116968782036101c7576001600160a01b03169687148015929150611cb9575b508015611c82575b8015611c46575b8015611c37575b8015611c24575b610b43577f46cf538c462dcfb5356cd5e116137ddcbfa8575f8597a3c03aa1d80090ed1e4193611bcf6001600160a01b0393611b45602096610b149560446149b5565b6fffffffffffffffffffffffffffffffff611b6160c4356135e5565b166fffffffffffffffffffffffffffffffff19825416178155611b88610a1460e4356135e5565b6fffffffffffffffffffffffffffffffff6001611ba7610104356135e5565b920191166fffffffffffffffffffffffffffffffff198254161781556103d2610124356135e5565b610144359667ffffffffffffffff611be689614912565b167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055611c166132f3565b611c1e613309565b90614186565b50600182015460801c6101243510611b02565b50815460801c60e43510611afb565b50611c5761012435610104356131f1565b611c7b60018401546fffffffffffffffffffffffffffffffff8160801c91166131f1565b1415611af4565b50611c9160e43560c4356131f1565b611cb283546fffffffffffffffffffffffffffffffff8160801c91166131f1565b1415611aed565b67ffffffffffffffff91501661014435111588611ae5565b7f6fda6464000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101c75760206003193601126101c7576001600160a01b03611d1d613003565b165f526008602052602060405f2054604051908152f35b346101c7575f6003193601126101c757611dec611d707f000000000000000000000000000000000000000000000000000000000000000061495e565b611d997f000000000000000000000000000000000000000000000000000000000000000061495e565b6020611dfa60405192611dac8385613280565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906131a0565b9085820360408701526131a0565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110611e3157505050500390f35b835185528695509381019392810192600101611e22565b346101c757611e56366130e0565b90611e6394939294613469565b611e6c8461334d565b94611e846020860196611e7e8861334d565b90613baa565b611e9f611e908661334d565b611e998861334d565b90613c1c565b611eba611eab8661334d565b611eb48861334d565b90613361565b5f52600260205260405f209360ff600386015460e01c166003811015610f4a5780611f74575091849391611ef29387611ef797613d7e565b613c4a565b7fcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f66001600160a01b03611f32611f2c8461334d565b9461334d565b604080513381526101e0959095013560208601529082169490911692a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b610f45907fd7bcb4ab000000000000000000000000000000000000000000000000000000005f526131e3565b346101c75760206003193601126101c7576004355f526005602052602060405f2054604051908152f35b346101c75761202b611fdb3661313e565b935f60c0604095939551611fee816131fe565b8281528260208201528260408201528260608201528260808201528260a0820152015261201b8282613361565b5f52600260205260405f20614130565b5f52600360205260e060405f206fffffffffffffffffffffffffffffffff67ffffffffffffffff60405161205e816131fe565b818454918480841696878352602083019460801c855281600182015491600260408601918385168352606087019460801c8552015498899760ff60c060808901988a8c168a528a60a082019c60401c168c52019b60801c1615158b526040519b8c52511660208b0152511660408901525116606087015251166080850152511660a083015251151560c0820152f35b346101c75760206003193601126101c7576001600160a01b0361210e613003565b165f526006602052602060405f2054604051908152f35b346101c757612133366130e0565b9061214094929394613469565b6121498361334d565b9361215b6020850195611e7e8761334d565b6121706121678561334d565b611eb48761334d565b5f52600260205260405f2095600387015460ff8160e01c166003811015610f4a5760018103610f19575067ffffffffffffffff9060801c1680421015611cd15750846121bd959697613d7e565b7fa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f6001600160a01b03611f32611f2c8461334d565b346101c7575f6003193601126101c75761220a613469565b335f52600860205260405f2054335f52600960205260405f205481159081809261230b575b6122e357335f5260086020525f6040812055335f5260096020525f60408120556040518381528160208201527f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a60403392a2806122b2575b5015611769575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b6122dd90337f0000000000000000000000000000000000000000000000000000000000000000613d0c565b82612287565b7f969bf728000000000000000000000000000000000000000000000000000000005f5260045ffd5b50801561222f565b346101c75760206003193601126101c7576001600160a01b03612334613003565b165f526009602052602060405f2054604051908152f35b346101c75760406003193601126101c757612364613003565b61236c613019565b612374613469565b61237e8183613baa565b6123888183613c1c565b6123928183613361565b5f52600260205260405f20600381019060ff825460e01c166003811015610f4a5780611f7457506001600160a01b038067ffffffffffffffff7fcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6946123f8604095613c4a565b541694835195338752602087015216941692a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101c7575f6003193601126101c7576020604051600a8152f35b346101c75760406003193601126101c757602061198b612469613003565b611eb4613019565b346101c75760406003193601126101c75761248a613003565b612492613019565b9061249b613469565b6124a58282613361565b5f52600260205260405f20906003820191825460ff8160e01c166003811015610f4a576002810361138357507f0000000000000000000000000000000000000000000000000000000000000000600a810290808204600a14901517156112bf5767ffffffffffffffff61251b9260801c166131f1565b80421061263c575083600282019283549460048401948554956fffffffffffffffffffffffffffffffff871697886fffffffffffffffffffffffffffffffff821690612566916132c1565b6fffffffffffffffffffffffffffffffff169760801c9060801c9061258a916132c1565b82546fffffffffffffffffffffffffffffffff998a166fffffffffffffffffffffffffffffffff19918216811785559254169091179091559095169480547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1690556040518481528560208201526001600160a01b038316906001600160a01b0383169060407f078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f491a3610ee592613641565b7ff87a5428000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101c757612675366130a2565b612680929192613469565b6001600160a01b036126918361334d565b1633036106b4576126a182613951565b9260e0830135926101208101356127166126bb82876131f1565b6102996101608501356126e76101a0870135936126d885846131f1565b906126e28961334d565b613b12565b61270d60028b019561029987549b6fffffffffffffffffffffffffffffffff8d166131f1565b9860801c6131f1565b610100830135906101408401359561272e87846131f1565b93610180860135946101c0870135996127478b886131f1565b9082811080156129a5575b6106325761276992612763916133ef565b946133ef565b6060870135936080880135938161278f61278387896131f1565b6102808c0135906131f1565b11801561297c575b6106325760208901996127a98b61334d565b916127b38b6141b6565b6127bc90613910565b916127c692614a02565b6127d291939293614a36565b6001600160a01b03166001600160a01b038192160361060757509261040388936103d260409b9c9d9e946fffffffffffffffffffffffffffffffff6103b461281a9a996135e5565b6001600160a01b0361282b8461334d565b165f526006602052612841845f209182546131f1565b90556001600160a01b036128548361334d565b165f52600760205261286a835f209182546131f1565b90556128758161334d565b61287e8461334d565b7fdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c183760606001600160a01b0380875194600186526101e088013560208701526102008801358987015216941692a3016001600160a01b036128dd8261334d565b1661296c57506128ec9061334d565b915b8061293b575b508061291f575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5f80808093855af161292f613392565b50156105925780610516565b61296690837f0000000000000000000000000000000000000000000000000000000000000000613d0c565b826128f4565b612976915061334d565b916128ee565b508261299f61299360c08c013560a08d01356131f1565b6102a08c0135906131f1565b11612797565b50818610612752565b346101c7576101206003193601126101c757604051602081017fa8229460120b9456713db6135091197efda2e025050870cfa5b53c87d232606d81526004356001600160a01b0381168091036101c75760408301526024356001600160a01b0381168091036101c7576060830152604435906001600160a01b0382168092036101c7578261198b926080602095015260643560a082015260843560c082015260a43560e082015260c43561010082015260e43561012082015261010435610140820152610140815261198361016082613280565b346101c75760c06003193601126101c757604051602081017face0e697d6e7cdbc01ad1801316f11684ff61642f5b01ab8d7091e19ce24cd8281526004356040830152602435918215158093036101c7576020926060820152604435608082015260643560a082015260843560c082015260a43560e082015260e08152612b0b61010082613280565b519020604051908152f35b346101c7576101206003193601126101c757612b30613003565b612b38613019565b9060c07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101c7576101043567ffffffffffffffff81116101c757612b84903690600401613043565b9190612b8e613469565b612b988483613361565b5f52600260205260405f2060038101549260ff8460e01c166003811015610f4a5760028103611383575060405160208101917face0e697d6e7cdbc01ad1801316f11684ff61642f5b01ab8d7091e19ce24cd82835260443560408301526064358015158091036101c75780606084015260843596876080850152612c5460a435998a60a087015260c435968760c088015260e435968760e082015260e08152612c4361010082613280565b51902098899160068a015491613599565b15612f045786612cd0612c678c86613361565b612ca460405193849267ffffffffffffffff602085019760801c16908767ffffffffffffffff604092959493606083019683521660208201520152565b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08101835282613280565b51902093845f52600460205260ff60405f205416612edc575f52600560205260405f2054838115159182612ed1575b505015928380612ec7575b612e9c5750600485019283546fffffffffffffffffffffffffffffffff81168911908115612e8f575b5061063257612db78a94612e40965f52600460205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556fffffffffffffffffffffffffffffffff612d926111608c6135e5565b166fffffffffffffffffffffffffffffffff198254161781556103d261118e8c6135e5565b612de5612dc3896135e5565b6fffffffffffffffffffffffffffffffff612d9260028a0192828454166132c1565b1514938415612e885782955b6001600160a01b038316966001600160a01b0360405191168152877f98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f4360206001600160a01b03881693a4613641565b15612e4f575061051692613701565b809293505f526006602052612e6960405f209182546131f1565b90555f526007602052612e8160405f209182546131f1565b9055610516565b8195612df1565b905060801c89118b612d33565b7fb568c042000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5080421115612d0a565b11159050838b612cff565b7fc49b89ac000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f09bde339000000000000000000000000000000000000000000000000000000005f5260045ffd5b60206003193601126101c757600435612f43613469565b335f52600660205260405f20612f5a3482546131f1565b9055335f52600760205260405f20612f738282546131f1565b90556040513481528160208201527fdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca860403392a280612fd1575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b612ffd9030337f00000000000000000000000000000000000000000000000000000000000000006134dd565b80610516565b600435906001600160a01b03821682036101c757565b602435906001600160a01b03821682036101c757565b35906001600160a01b03821682036101c757565b9181601f840112156101c75782359167ffffffffffffffff83116101c7576020808501948460051b0101116101c757565b9181601f840112156101c75782359167ffffffffffffffff83116101c757602083818601950101116101c757565b90600319820161030081126101c7576102e0136101c7576004916102e4359067ffffffffffffffff82116101c7576130dc91600401613074565b9091565b90600319820161032081126101c7576102e0136101c7576004916102e43567ffffffffffffffff81116101c7578161311a91600401613074565b92909291610304359067ffffffffffffffff82116101c7576130dc91600401613074565b60031960a09101126101c7576004356001600160a01b03811681036101c757906024356001600160a01b03811681036101c757906044356001600160a01b03811681036101c757906064356001600160a01b03811681036101c7579060843590565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6003811015610f4a57600452565b919082018092116112bf57565b60e0810190811067ffffffffffffffff82111761321a57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6101e0810190811067ffffffffffffffff82111761321a57604052565b6080810190811067ffffffffffffffff82111761321a57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761321a57604052565b906fffffffffffffffffffffffffffffffff809116911603906fffffffffffffffffffffffffffffffff82116112bf57565b6064356001600160a01b03811681036101c75790565b6084356001600160a01b03811681036101c75790565b6101c4356001600160a01b03811681036101c75790565b6101e4356001600160a01b03811681036101c75790565b356001600160a01b03811681036101c75790565b906001600160a01b03604051918160208401941684521660408201526040815261338c606082613280565b51902090565b3d156133ea573d9067ffffffffffffffff821161321a57604051916133df601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200184613280565b82523d5f602084013e565b606090565b919082039182116112bf57565b604051602081019082825260208152613416604082613280565b51902090815f52600560205260405f20546134655760207f95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a091835f52600582524260405f2055604051908152a2565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6134b55760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b9290916001600160a01b039081604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004521660245260445260205f60648180865af19060015f5114821615613578575b6040525f606052156135435750565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b90600181151661359057823b15153d15161690613534565b503d5f823e3d90fd5b9092915f925b848410156135dd578360051b830135908181105f146135cc575f52602052600160405f205b93019261359f565b905f52602052600160405f206135c4565b149392505050565b6fffffffffffffffffffffffffffffffff8111613611576fffffffffffffffffffffffffffffffff1690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52608060045260245260445ffd5b9091600382019063ffffffff825460c01c16158015906136e2575b80156136d2575b6136cc575f60066001600160a01b039485947fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff815416905582600582015501551691167fc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d345f80a3565b50505050565b50600483015460801c1515613663565b506fffffffffffffffffffffffffffffffff600484015416151561365c565b5f915f93801515806137c2575b6137ba575b50806137a3575b50811580159061379a575b61372e57505050565b7f7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b916001600160a01b036040921693845f526008602052825f206137738382546131f1565b9055845f526009602052825f2061378b8282546131f1565b905582519182526020820152a2565b50821515613725565b5f8080808486620186a0f161371a5791505f61371a565b93505f613713565b507f0000000000000000000000000000000000000000000000000000000000000000604051907fa9059cbb000000000000000000000000000000000000000000000000000000005f526001600160a01b0385166004528260245260205f60448180855af19060015f511482161561383f575b50906040521561370e565b3b15153d1516165f613834565b60405161010060208201927fa8229460120b9456713db6135091197efda2e025050870cfa5b53c87d232606d84526001600160a01b0361388b8261302f565b1660408401526001600160a01b036138a56020830161302f565b1660608401526001600160a01b036138bf6040830161302f565b166080840152606081013560a0840152608081013560c084015260a081013560e084015260c08101358284015260e08101356101208401520135610140820152610140815261338c61016082613280565b60429061391b6145af565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b9061398161395e8361334d565b61396f6020850191611e7e8361334d565b611eb461397b8561334d565b9161334d565b5f52600260205260405f209160038301549060ff8260e01c166003811015610f4a5780611f74575060e081013561010082013517610120820135176101408201351761016082013517610180820135176101a0820135176101c08201351715613aea576102c08101358015613ac257804211613a9757506101e081013567ffffffffffffffff831680821115613a6957505061020001359060401c67ffffffffffffffff16600181018082116112bf578203613a3b575050565b7fc1aed7e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7ff54256bf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f204a9e3c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fd6b0cd15000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f175c1aea000000000000000000000000000000000000000000000000000000005f5260045ffd5b6001600160a01b031690815f5260066020528060405f2054108015613b95575b613b6957815f526006602052613b4d60405f209182546133ef565b90555f526007602052613b6560405f209182546133ef565b9055565b507f4f0cadc7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50815f5260076020528260405f205410613b32565b6001600160a01b039081169116818114918215613c13575b508115613c0a575b8115613c00575b50613bd857565b7fb6e500fe000000000000000000000000000000000000000000000000000000005f5260045ffd5b905030145f613bd1565b80159150613bca565b1591505f613bc2565b6001600160a01b03163314159081613c36575b506106b457565b6001600160a01b039150163314155f613c2f565b6003017c01000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff825416178155613cc4613cbf7f0000000000000000000000000000000000000000000000000000000000000000426131f1565b614912565b7fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b916001600160a01b03604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f5114821615613d66575b604052156135435750565b90600181151661359057823b15153d15161690613d5b565b9190949392936101e086013594600384019485549667ffffffffffffffff881680821115613a6957505060e088013561010089013517610120890135176101408901351761016089013517610180890135176101a0890135176101c08901351715159367ffffffffffffffff6102008a01359860401c169760018901808a116112bf57811495898210908115614100575b506140d15750613e216103678a6141b6565b926001600160a01b03613e338b61334d565b1633141591826140a3575b50506140925760208801926001600160a01b03613e5a8561334d565b16331415918261405c575b5050905061401f5750604051613e7a81613264565b606086013590818152608087013580602083015260a08801359081604084015260c08901359283606082015294613f75575b50505050613ecf613ec382516020840151906131f1565b610280870135906131f1565b6002830154906fffffffffffffffffffffffffffffffff821610908115613f46575b5061063257613f4494613f03926146c5565b907fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b565b9050613f6a613f5e60408401516060850151906131f1565b6102a0880135906131f1565b9060801c105f613ef1565b90919293506102c088013580151580614016575b613a9757506140089291613fd8613ff092613fc38b60405198613fad60808b613280565b6080368b3760e061010083013592013590614ae1565b87526101408b0135906101208c013590614ae1565b6020860152610180890135906101608a013590614ae1565b60408401526101c0870135906101a088013590614ae1565b60608201525f808080613eac565b50804211613f89565b6140306001600160a01b039161334d565b7fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b61406a925061407393614a02565b90929192614a36565b6001600160a01b03806140858461334d565b1691161415805f80613e65565b6001600160a01b036140308961334d565b6140b392509061406a9185614a02565b6001600160a01b03806140c58b61334d565b16911614155f80613e3e565b887fc1aed7e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9050868a8314159182614116575b50505f613e0f565b90915081614128575b5015865f61410e565b90505f61411f565b94909367ffffffffffffffff600361414f61415c9561338c9798613361565b97015460801c1694614186565b604080516020810195865267ffffffffffffffff9094169084015260608301528160808101612ca4565b916001600160a01b036040519281602085019516855216604083015260608201526060815261338c608082613280565b6040516102c060208201927f50b7a84aebbe1039833e5e3a13dbd29883d4af6f231292a95c5aff7509c0b89e84526001600160a01b036141f58261302f565b1660408401526001600160a01b0361420f6020830161302f565b1660608401526001600160a01b036142296040830161302f565b166080840152606081013560a0840152608081013560c084015260a081013560e084015260c081013561010084015260e08101356101208401526101008101356101408401526101208101356101608401526101408101356101808401526101608101356101a08401526101808101356101c08401526101a08101356101e08401526101c08101356102008401526101e08101356102208401526102008101356102408401526102208101356102608401526102408101356102808401526102608101356102a0840152610280810135828401526102a08101356102e08401520135610300820152610300815261338c61032082613280565b9490929391936143328487613c1c565b61433c8487613361565b5f52600260205260405f209460ff600387015460e01c166003811015610f4a576002810361138357506044356001600160a01b038116908181036101c757506001600160a01b0388161480159061455e575b8015614552575b8015614547575b801561453b575b610b435760058601546143c0926143ba604461384c565b92613599565b15612f04576143d09160446149b5565b6064356001600160a01b03811681036101c757608435916001600160a01b03831683036101c7576144049460a43594614130565b5f52600360205260405f209060028201805460ff8160801c16610c1b5760401c67ffffffffffffffff1661451357613f44906fffffffffffffffffffffffffffffffff61445260c4356135e5565b166fffffffffffffffffffffffffffffffff19855416178455614477610104356135e5565b6fffffffffffffffffffffffffffffffff6001860191166fffffffffffffffffffffffffffffffff198254161790556144d3613cbf7f0000000000000000000000000000000000000000000000000000000000000000426131f1565b7fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b7f94fc5948000000000000000000000000000000000000000000000000000000005f5260045ffd5b506101243515156143a3565b5060e435151561439c565b50610144351515614395565b506064356001600160a01b038116908181036101c757506001600160a01b038616908114159081614590575b5061438e565b6084356001600160a01b03811692508281036101c7575014155f61458a565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630148061469c575b1561460a577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261338c60c082613280565b507f000000000000000000000000000000000000000000000000000000000000000046146145e1565b91614789906fffffffffffffffffffffffffffffffff6146e582516135e5565b166fffffffffffffffffffffffffffffffff1985541617845561474061470e60208301516135e5565b85546fffffffffffffffffffffffffffffffff1660809190911b6fffffffffffffffffffffffffffffffff1916178555565b6103d2606061475260408401516135e5565b926fffffffffffffffffffffffffffffffff6001880194166fffffffffffffffffffffffffffffffff1985541617845501516135e5565b6147976101e0820135614912565b67ffffffffffffffff6003840191167fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000082541617815561481f6147de610200840135614912565b82547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff1660409190911b6fffffffffffffffff000000000000000016178255565b61024082013563ffffffff81116148e25781547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff00000000000000000000000000000000000000000000000016179055600690610260906148d06148936102808301356135e5565b6fffffffffffffffffffffffffffffffff6004870191166fffffffffffffffffffffffffffffffff198254161781556103d26102a08401356135e5565b61022081013560058501550135910155565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52602060045260245260445ffd5b67ffffffffffffffff811161492e5767ffffffffffffffff1690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52604060045260245260445ffd5b60ff811690601f821161498d576040519161497a604084613280565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b60208101926001600160a01b036149cb8561334d565b1633146136cc576149e59261036c61036761406a9461384c565b6001600160a01b03806149f78461334d565b1691160361401f5750565b9060418303614a2c57614a259250602081013591604082359201355f1a90614b00565b9192909190565b50505f9160029190565b6004811015610f4a5780614a48575050565b60018103614a78577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b60028103614aac57507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600314614ab65750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b91614aec91926131f1565b9080821061063257614afd916133ef565b90565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411614b82579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15614b77575f516001600160a01b03811615614b6d57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
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
